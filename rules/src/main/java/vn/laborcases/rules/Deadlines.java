package vn.laborcases.rules;

import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * How statutory periods are counted (Civil Code 91/2015/QH13 Arts 147-148, which the Labor
 * Code relies on): a period starts the day after the triggering event, and a period in
 * calendar days or months whose last day is not a working day ends on the next working day.
 */
public final class Deadlines {

    /** All legal dates are Vietnamese dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Deadlines() {
    }

    /** The last day of a period of {@code days} working days starting after {@code event}. */
    public static LocalDate workingDaysAfter(WorkingDayCalendar calendar, LocalDate event, int days) {
        requireNonNegative(days);
        return calendar.plusWorkingDays(event, days);
    }

    /** The last day of a period of {@code days} calendar days, moved to the next working day if need be. */
    public static LocalDate calendarDaysAfter(WorkingDayCalendar calendar, LocalDate event, int days) {
        requireNonNegative(days);
        return calendar.onOrNextWorkingDay(event.plusDays(days));
    }

    /**
     * The last day of a period of {@code months} months: the same day of the month, or the
     * month's last day when it has none, moved to the next working day if need be.
     */
    public static LocalDate monthsAfter(WorkingDayCalendar calendar, LocalDate event, int months) {
        requireNonNegative(months);
        return calendar.onOrNextWorkingDay(event.plusMonths(months));
    }

    /** The moment a deadline has passed: the start of the day after its last day, in Vietnam. */
    public static ZonedDateTime lapsesAt(LocalDate dueOn) {
        return dueOn.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(ZONE);
    }

    private static void requireNonNegative(int amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("A period cannot be negative: " + amount);
        }
    }
}
