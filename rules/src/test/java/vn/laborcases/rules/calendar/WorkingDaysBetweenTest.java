package vn.laborcases.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysBetweenTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();

    @Test
    void sameDayIsZero() {
        LocalDate day = LocalDate.of(2025, 6, 10);
        assertThat(calendar.workingDaysBetween(day, day)).isZero();
    }

    @Test
    void startIsExcludedAndEndIncluded() {
        // Mon 3 Mar to Fri 7 Mar 2025: Tue to Fri.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 7))).isEqualTo(4);
    }

    @Test
    void acrossTet2026() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 27))).isEqualTo(5);
    }

    @Test
    void endBeforeStartIsTheMirrorCount() {
        LocalDate start = LocalDate.of(2026, 2, 13);
        LocalDate end = LocalDate.of(2026, 2, 27);
        assertThat(calendar.workingDaysBetween(end, start)).isEqualTo(-5);
    }

    @Test
    void agreesWithPlusWorkingDaysFromEveryStartingDay() {
        int[] counts = {0, 1, 2, 5, 7, 12, 30};
        for (LocalDate start = LocalDate.of(2024, 1, 1); start.isBefore(LocalDate.of(2027, 11, 1)); start = start.plusDays(1)) {
            for (int n : counts) {
                LocalDate end = calendar.plusWorkingDays(start, n);
                assertThat(calendar.workingDaysBetween(start, end)).as("%s + %d", start, n).isEqualTo(n);
                assertThat(calendar.workingDaysBetween(end, start)).as("%s - %d", end, n).isEqualTo(-n);
                if (n > 0) {
                    assertThat(calendar.isWorkingDay(end)).as("%s + %d lands on a working day", start, n).isTrue();
                    assertThat(calendar.workingDaysBetween(start, end.minusDays(1))).isEqualTo(n - 1);
                }
            }
        }
    }

    @Test
    void countsTheSameAsCheckingEachDay() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (LocalDate end = start; end.isBefore(LocalDate.of(2028, 1, 1)); end = end.plusDays(37)) {
            long expected = start.plusDays(1).datesUntil(end.plusDays(1)).filter(calendar::isWorkingDay).count();
            assertThat(calendar.workingDaysBetween(start, end)).as("to %s", end).isEqualTo((int) expected);
        }
    }
}
