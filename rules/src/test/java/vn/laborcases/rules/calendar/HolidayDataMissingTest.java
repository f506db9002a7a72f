package vn.laborcases.rules.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HolidayDataMissingTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();

    @Test
    void aYearWithoutAFileIsNeverTreatedAsHolidayFree() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2028, 3, 1)))
                .isInstanceOf(HolidayDataMissingException.class)
                .hasMessageContaining("2028")
                .hasMessageContaining("vn/laborcases/rules/holidays/2028.csv")
                .extracting(e -> ((HolidayDataMissingException) e).year()).isEqualTo(2028);
    }

    @Test
    void everyMethodNeedsTheYear() {
        LocalDate day = LocalDate.of(2023, 6, 1);
        assertThatThrownBy(() -> calendar.holidayOn(day)).isInstanceOf(HolidayDataMissingException.class).hasMessageContaining("2023");
        assertThatThrownBy(() -> calendar.onOrNextWorkingDay(day)).isInstanceOf(HolidayDataMissingException.class);
        assertThatThrownBy(() -> calendar.plusWorkingDays(day, 1)).isInstanceOf(HolidayDataMissingException.class);
        assertThatThrownBy(() -> calendar.workingDaysBetween(day, LocalDate.of(2024, 1, 5)))
                .isInstanceOf(HolidayDataMissingException.class);
    }

    @Test
    void aPeriodRunningIntoAYearWithoutDataFails() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2027, 12, 28), 5))
                .isInstanceOf(HolidayDataMissingException.class)
                .hasMessageContaining("2028");
    }

    @Test
    void anotherSourceSaysWhereTheYearBelongs() {
        WorkingDayCalendar empty = WorkingDayCalendar.of(year -> Optional.empty());
        assertThatThrownBy(() -> empty.isWorkingDay(LocalDate.of(2031, 1, 2)))
                .isInstanceOf(HolidayDataMissingException.class)
                .hasMessageContaining("2031");
    }
}
