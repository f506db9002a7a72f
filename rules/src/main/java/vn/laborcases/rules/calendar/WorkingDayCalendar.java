package vn.laborcases.rules.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Working days for legal deadlines: Monday to Friday, minus the announced days off, plus the
 * Saturdays the government makes working days when it swaps a day off. Follows the public-sector
 * (civil servant) schedule, which is what the labor authorities themselves work to.
 *
 * <p>Every method throws {@link HolidayDataMissingException} when it needs a year that has no data,
 * and {@link MalformedHolidayFileException} when that year's file is broken.
 */
public final class WorkingDayCalendar {

    private static final WorkingDayCalendar VIETNAM =
            new WorkingDayCalendar(new ClasspathHolidaySource(ClasspathHolidaySource.VIETNAM_DIRECTORY));

    private final HolidaySource source;
    private final ConcurrentMap<Integer, LoadedYear> years = new ConcurrentHashMap<>();

    private WorkingDayCalendar(HolidaySource source) {
        this.source = source;
    }

    /** Vietnam's calendar, read from the classpath data files; safe to share (thread-safe, caches years). */
    public static WorkingDayCalendar vietnam() {
        return VIETNAM;
    }

    /** For tests and for other data sources. The source must be thread-safe if the calendar is shared. */
    public static WorkingDayCalendar of(HolidaySource source) {
        return new WorkingDayCalendar(Objects.requireNonNull(source, "source"));
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LoadedYear year = load(day.getYear());
        if (year.workingWeekendDays.contains(day)) {
            return true;
        }
        return !YearCalendar.isWeekend(day) && !year.daysOff.containsKey(day);
    }

    /**
     * The n-th working day strictly after {@code start}; {@code start} itself never counts, because a
     * period counted in days starts on the day after the triggering event (Civil Code 2015 Art 147(1)).
     * {@code n == 0} returns start.
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** {@code day} itself if it is a working day, else the next working day. */
    public LocalDate onOrNextWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /**
     * The number of working days d with {@code startExclusive < d <= endInclusive}, so that
     * {@code workingDaysBetween(s, plusWorkingDays(s, n)) == n}. Negative (the mirror count) when
     * end is before start, 0 when they are equal.
     */
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        Objects.requireNonNull(startExclusive, "startExclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(startExclusive)) {
            return -workingDaysBetween(endInclusive, startExclusive);
        }
        int count = 0;
        for (LocalDate day = startExclusive.plusDays(1); !day.isAfter(endInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The listed day off on {@code day}, if any. Weekend days are off without being listed. */
    public Optional<PublicHoliday> holidayOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return Optional.ofNullable(load(day.getYear()).daysOff.get(day));
    }

    /** The whole year as loaded, so that a caller can record its status and legal source with a deadline. */
    public YearCalendar yearCalendar(int year) {
        return load(year).calendar;
    }

    private LoadedYear load(int year) {
        LoadedYear cached = years.get(year);
        return cached != null ? cached : years.computeIfAbsent(year, this::read);
    }

    private LoadedYear read(int year) {
        YearCalendar calendar = Objects.requireNonNull(source.year(year), "HolidaySource returned null")
                .orElseThrow(() -> new HolidayDataMissingException(year, source.locationFor(year)));
        if (calendar.year() != year) {
            throw new IllegalStateException("Asked the holiday source for " + year + " and got " + calendar.year());
        }
        return new LoadedYear(calendar);
    }

    private static final class LoadedYear {
        final YearCalendar calendar;
        final Map<LocalDate, PublicHoliday> daysOff;
        final Set<LocalDate> workingWeekendDays;

        LoadedYear(YearCalendar calendar) {
            this.calendar = calendar;
            Map<LocalDate, PublicHoliday> byDate = new HashMap<>();
            calendar.daysOff().forEach(holiday -> byDate.put(holiday.date(), holiday));
            this.daysOff = Map.copyOf(byDate);
            this.workingWeekendDays = Set.copyOf(calendar.workingWeekendDays());
        }
    }
}
