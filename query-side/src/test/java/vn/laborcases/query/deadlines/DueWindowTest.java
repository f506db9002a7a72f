package vn.laborcases.query.deadlines;

import org.junit.jupiter.api.Test;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DueWindowTest {

    private static final WorkingDayCalendar VIETNAM = WorkingDayCalendar.vietnam();

    @Test
    void zeroWorkingDaysIsTodayAndTheDaysOffRightAfterIt() {
        LocalDate friday = LocalDate.of(2026, 3, 6);
        DueWindow window = DueWindow.of(friday, 0, VIETNAM);
        assertThat(window.contains(friday)).isTrue();
        assertThat(window.contains(friday.plusDays(2))).as("Sunday").isTrue();
        assertThat(window.contains(friday.plusDays(3))).as("Monday").isFalse();
        assertThat(window.contains(friday.minusDays(1))).as("yesterday").isFalse();
    }

    @Test
    void skipsTheTetHolidays() {
        // Tet 2026 falls on 17 February; the days off run through the week.
        LocalDate beforeTet = LocalDate.of(2026, 2, 13);
        DueWindow window = DueWindow.of(beforeTet, 1, VIETNAM);
        LocalDate firstWorkingDayAfter = VIETNAM.plusWorkingDays(beforeTet, 1);
        assertThat(firstWorkingDayAfter).isAfter(LocalDate.of(2026, 2, 20));
        assertThat(window.contains(firstWorkingDayAfter)).isTrue();
        assertThat(window.contains(VIETNAM.plusWorkingDays(beforeTet, 2))).isFalse();
    }

    @Test
    void agreesWithTheCalendarsCountOfWorkingDays() {
        LocalDate today = LocalDate.of(2026, 4, 24);
        for (int n = 0; n <= 15; n++) {
            DueWindow window = DueWindow.of(today, n, VIETNAM);
            for (LocalDate due = today; due.isBefore(today.plusDays(40)); due = due.plusDays(1)) {
                assertThat(window.contains(due)).as("n=%d due=%s", n, due)
                        .isEqualTo(VIETNAM.workingDaysBetween(today, due) <= n);
            }
        }
    }

    @Test
    void refusesANegativeCount() {
        assertThatThrownBy(() -> DueWindow.of(LocalDate.of(2026, 4, 24), -1, VIETNAM))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
