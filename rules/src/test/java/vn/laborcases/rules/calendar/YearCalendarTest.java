package vn.laborcases.rules.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sources other than the files get the same checks, without line numbers. */
class YearCalendarTest {

    private static final List<PublicHoliday> NEW_YEAR = List.of(new PublicHoliday(LocalDate.of(2030, 1, 1), "New Year"));

    @Test
    void rejectsAWorkingWeekendDayOnAWeekday() {
        assertThatThrownBy(() -> new YearCalendar(2030, "official", "test", NEW_YEAR, List.of(LocalDate.of(2030, 1, 4))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2030-01-04");
    }

    @Test
    void rejectsADayFromAnotherYear() {
        assertThatThrownBy(() -> new YearCalendar(2031, "official", "test", NEW_YEAR, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("another year");
    }

    @Test
    void rejectsAYearWithoutDaysOffOrWithAnUnknownStatus() {
        assertThatThrownBy(() -> new YearCalendar(2030, "official", "test", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new YearCalendar(2030, "draft", "test", NEW_YEAR, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
