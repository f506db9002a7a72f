package vn.laborcases.query.report;

import java.time.LocalDate;
import java.time.MonthDay;
import vn.laborcases.api.Province;

/**
 * The period and scope of a coordination report: H1 is 1 Jan to 30 Jun, H2 1 Jul to 31 Dec,
 * YEAR the whole calendar year, all inclusive; province null means the whole country.
 */
public record ReportPeriod(int year, Half half, Province province) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public ReportPeriod {
        if (half == null) {
            throw new IllegalArgumentException("half must be H1, H2 or YEAR");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year must be between " + FIRST_YEAR + " and " + LAST_YEAR
                    + "; got " + year);
        }
    }

    public LocalDate from() {
        return half == Half.H2 ? LocalDate.of(year, 7, 1) : LocalDate.of(year, 1, 1);
    }

    public LocalDate to() {
        return half == Half.H1 ? MonthDay.of(6, 30).atYear(year) : LocalDate.of(year, 12, 31);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from()) && !date.isAfter(to());
    }

    /** Whether a case in this province is within the report's scope. */
    public boolean covers(Province caseProvince) {
        return province == null || province == caseProvince;
    }
}
