package vn.laborcases.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OnOrNextWorkingDayTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();

    @Test
    void aWorkingDayIsItsOwnAnswer() {
        LocalDate wednesday = LocalDate.of(2025, 3, 12);
        assertThat(calendar.onOrNextWorkingDay(wednesday)).isEqualTo(wednesday);
    }

    @Test
    void aWorkingSaturdayIsItsOwnAnswer() {
        LocalDate saturday = LocalDate.of(2026, 1, 10);
        assertThat(calendar.onOrNextWorkingDay(saturday)).isEqualTo(saturday);
    }

    @Test
    void anOrdinarySaturdayMovesToMonday() {
        assertThat(calendar.onOrNextWorkingDay(LocalDate.of(2025, 3, 15))).isEqualTo(LocalDate.of(2025, 3, 17));
    }

    @Test
    void aSundayBeforeAHolidayMondayMovesToTuesday() {
        // Hung Kings 2025 is Mon 7 Apr.
        assertThat(calendar.onOrNextWorkingDay(LocalDate.of(2025, 4, 6))).isEqualTo(LocalDate.of(2025, 4, 8));
        // Hung Kings 2026 is Sun 26 Apr, compensated on Mon 27 Apr.
        assertThat(calendar.onOrNextWorkingDay(LocalDate.of(2026, 4, 26))).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void aTetDayMovesPastTheWholeBreak() {
        assertThat(calendar.onOrNextWorkingDay(LocalDate.of(2024, 2, 10))).isEqualTo(LocalDate.of(2024, 2, 15));
    }
}
