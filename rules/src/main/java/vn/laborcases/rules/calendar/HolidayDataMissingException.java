package vn.laborcases.rules.calendar;

/**
 * No holiday list exists for a year that a computation needed. Deadlines are never computed as if
 * such a year had no holidays: Tết moves every year, so a guess would silently shift them.
 */
public final class HolidayDataMissingException extends IllegalStateException {

    private final int year;

    public HolidayDataMissingException(int year, String whereToAdd) {
        super("No public-holiday data for " + year + ": add " + whereToAdd
                + " once the government announces that year's days off.");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
