package vn.laborcases.rules.calendar;

import java.util.Optional;

/**
 * Where the yearly holiday lists come from. Implementations shared through a
 * {@link WorkingDayCalendar} must be thread-safe.
 */
@FunctionalInterface
public interface HolidaySource {

    /** The announced list for {@code year}, or empty when nobody has entered it yet. */
    Optional<YearCalendar> year(int year);

    /** Tells a maintainer, in {@link HolidayDataMissingException}, where the missing year belongs. */
    default String locationFor(int year) {
        return "the holiday list for " + year + " to this calendar's data source";
    }
}
