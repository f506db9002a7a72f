package vn.laborcases.query.deadlines;

import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * The days on which a deadline is "due within N working days of today": from today up to, not
 * including, the (N+1)-th working day after today. So the days off right after the N-th working
 * day belong to the window, as {@link WorkingDayCalendar#workingDaysBetween} counts them: a
 * deadline due on the Saturday after the N-th working day is still only N working days away.
 *
 * @param from        first day in the window (today)
 * @param toExclusive first day after the window
 */
public record DueWindow(LocalDate from, LocalDate toExclusive) {

    public static DueWindow of(LocalDate today, int workingDays, WorkingDayCalendar calendar) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        return new DueWindow(today, calendar.plusWorkingDays(today, workingDays + 1));
    }

    public boolean contains(LocalDate dueOn) {
        return !dueOn.isBefore(from) && dueOn.isBefore(toExclusive);
    }
}
