package vn.laborcases.api.arrears;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The 1-month deposit rate of a bank from a date, in percent per year (e.g. 4.75). Interest at this rate counts actual days over a 365-day year.
 */
public record DepositRate(
        String bank,
        BigDecimal annualPercent,
        LocalDate effectiveFrom) {
}
