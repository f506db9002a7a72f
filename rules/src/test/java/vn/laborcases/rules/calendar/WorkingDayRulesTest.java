package vn.laborcases.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayRulesTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();

    @Test
    void ordinaryWeekdaysAreWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 3, 6))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 3, 9))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 3, 10))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 6, 12))).isFalse();
    }

    @Test
    void compensatoryWorkingSaturdaysAreWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
    }

    @Test
    void listedDaysOffAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 29))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse();
    }

    @Test
    void holidayOnNamesListedDaysOffOnly() {
        assertThat(calendar.holidayOn(LocalDate.of(2025, 4, 30)))
                .hasValue(new PublicHoliday(LocalDate.of(2025, 4, 30), "Ngày Chiến thắng (Reunification Day)"));
        assertThat(calendar.holidayOn(LocalDate.of(2026, 2, 17)).orElseThrow().name()).contains("Tết Nguyên đán");
        assertThat(calendar.holidayOn(LocalDate.of(2024, 3, 6))).isEmpty();
        assertThat(calendar.holidayOn(LocalDate.of(2024, 5, 4))).isEmpty();
    }

    @Test
    void vietnamIsOneSharedInstance() {
        assertThat(WorkingDayCalendar.vietnam()).isSameAs(calendar);
    }
}
