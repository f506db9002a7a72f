package vn.laborcases.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Test files live under src/test/resources/vn/laborcases/rules/calendar/. */
class ClasspathHolidaySourceTest {

    @Test
    void findsAYearByItsFileNameAlone() {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(new ClasspathHolidaySource("vn/laborcases/rules/calendar/extra/"));

        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 2))).isTrue();
        assertThat(calendar.yearCalendar(2031).source()).isEqualTo("test data");
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2032, 1, 2)))
                .isInstanceOf(HolidayDataMissingException.class)
                .hasMessageContaining("vn/laborcases/rules/calendar/extra/2032.csv");
    }

    @Test
    void aMalformedFileIsRejectedWithItsNameAndLine() {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(new ClasspathHolidaySource("vn/laborcases/rules/calendar/malformed/"));

        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2030, 3, 4)))
                .isInstanceOf(MalformedHolidayFileException.class)
                .hasMessage("vn/laborcases/rules/calendar/malformed/2030.csv line 6: WORKING_WEEKEND 2030-05-03 is a FRIDAY;"
                        + " only a Saturday or Sunday can be made a working day");
    }
}
