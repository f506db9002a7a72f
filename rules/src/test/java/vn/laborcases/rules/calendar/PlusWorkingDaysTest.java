package vn.laborcases.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Labor Code Art 188(2): mediation within 5 working days of receiving the request. */
class PlusWorkingDaysTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();

    @Test
    void fiveWorkingDaysFromFridayBeforeTet2026EndOnFriday27February() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void fiveWorkingDaysFromWednesdayBeforeTet2024EndOnWednesday21February() {
        // 8, 9, 12, 13, 14 Feb are off; 15, 16, 19, 20, 21 Feb are the five working days.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 2, 7), 5)).isEqualTo(LocalDate.of(2024, 2, 21));
    }

    @Test
    void fiveWorkingDaysFromFridayBeforeTet2025EndOnFriday7February() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 1, 24), 5)).isEqualTo(LocalDate.of(2025, 2, 7));
    }

    @Test
    void fiveWorkingDaysFromWednesdayAfterTet2025EndOnWednesday12February() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 2, 5), 5)).isEqualTo(LocalDate.of(2025, 2, 12));
    }

    @Test
    void theStartDayNeverCounts() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 3, 6), 1)).isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 3, 8), 1)).isEqualTo(LocalDate.of(2024, 3, 11));
    }

    @Test
    void aWorkingSaturdayCounts() {
        // Fri 3 May 2024, then the working Saturday 4 May.
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 5, 3), 1)).isEqualTo(LocalDate.of(2024, 5, 4));
    }

    @Test
    void zeroReturnsTheStartEvenOnAHoliday() {
        LocalDate tetDay = LocalDate.of(2026, 2, 17);
        assertThat(calendar.plusWorkingDays(tetDay, 0)).isEqualTo(tetDay);
    }

    @Test
    void negativeCountIsRejected() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2025, 3, 3), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
