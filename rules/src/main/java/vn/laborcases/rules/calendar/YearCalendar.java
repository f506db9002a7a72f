package vn.laborcases.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One year's days off and compensatory working weekend days, as announced.
 *
 * @param status {@link #OFFICIAL} once the government has announced the year, {@link #PROVISIONAL}
 *               while it is only derived from the statute; events can record which one they relied on
 * @param source the legal basis, so that an auditor can trace every day off to a document
 */
public record YearCalendar(int year, String status, String source,
                           List<PublicHoliday> daysOff, List<LocalDate> workingWeekendDays) {

    public static final String OFFICIAL = "official";
    public static final String PROVISIONAL = "provisional";

    public YearCalendar {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        if (!OFFICIAL.equals(status) && !PROVISIONAL.equals(status)) {
            throw new IllegalArgumentException(year + ": status must be 'official' or 'provisional', not '" + status + "'");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException(year + ": the legal source must be named");
        }
        daysOff = List.copyOf(daysOff);
        workingWeekendDays = List.copyOf(workingWeekendDays);
        // An empty list would silently make every weekday a working day; every year has at least New Year's Day.
        if (daysOff.isEmpty()) {
            throw new IllegalArgumentException(year + ": a year without any day off cannot be right");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (PublicHoliday holiday : daysOff) {
            requireInYear(year, holiday.date());
            if (!seen.add(holiday.date())) {
                throw new IllegalArgumentException(year + ": " + holiday.date() + " is listed twice");
            }
        }
        for (LocalDate day : workingWeekendDays) {
            requireInYear(year, day);
            if (!isWeekend(day)) {
                throw new IllegalArgumentException(year + ": working weekend day " + day + " is a " + day.getDayOfWeek());
            }
            if (!seen.add(day)) {
                throw new IllegalArgumentException(year + ": " + day + " is listed twice");
            }
        }
    }

    public boolean isProvisional() {
        return PROVISIONAL.equals(status);
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static void requireInYear(int year, LocalDate day) {
        Objects.requireNonNull(day, "date");
        if (day.getYear() != year) {
            throw new IllegalArgumentException(year + ": " + day + " belongs to another year");
        }
    }
}
