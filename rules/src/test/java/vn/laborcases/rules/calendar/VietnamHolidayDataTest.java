package vn.laborcases.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Pins the shipped data, so that an edit to a year's file is a visible, reviewed change. */
class VietnamHolidayDataTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void everyYearLoadsWithTetAndALegalSource(int year) {
        YearCalendar loaded = calendar.yearCalendar(year);

        assertThat(loaded.year()).isEqualTo(year);
        assertThat(loaded.source()).contains("Labor Code 45/2019/QH14 Art 112");
        assertThat(loaded.daysOff())
                .filteredOn(day -> day.name().contains("Tết Nguyên đán"))
                .hasSize(5)
                .allSatisfy(day -> assertThat(day.date().getMonth()).isIn(Month.JANUARY, Month.FEBRUARY));
        assertThat(loaded.daysOff()).anySatisfy(day -> assertThat(day.date()).isEqualTo(LocalDate.of(year, 1, 1)));
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void onlyWeekdaysAreListedAsDaysOff(int year) {
        assertThat(calendar.yearCalendar(year).daysOff())
                .allSatisfy(day -> assertThat(YearCalendar.isWeekend(day.date())).as(day.toString()).isFalse());
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void announcedYearsAreOfficial(int year) {
        assertThat(calendar.yearCalendar(year).status()).isEqualTo(YearCalendar.OFFICIAL);
    }

    @ParameterizedTest
    @ValueSource(ints = {2027})
    void yearsDerivedFromTheStatuteAreProvisional(int year) {
        assertThat(calendar.yearCalendar(year).isProvisional()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("expectedYears")
    void daysOffAndWorkingWeekendDaysAreExactlyAsAnnounced(int year, List<String> daysOff, List<String> workingWeekendDays) {
        YearCalendar loaded = calendar.yearCalendar(year);

        assertThat(loaded.daysOff()).extracting(day -> day.date().toString()).containsExactlyElementsOf(daysOff);
        assertThat(loaded.workingWeekendDays()).extracting(LocalDate::toString).containsExactlyElementsOf(workingWeekendDays);
    }

    static Stream<Arguments> expectedYears() {
        return Stream.of(
                Arguments.of(2024, List.of("2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13",
                        "2024-02-14", "2024-04-18", "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03"),
                        List.of("2024-05-04")),
                Arguments.of(2025, List.of("2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30",
                        "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"),
                        List.of("2025-04-26")),
                Arguments.of(2026, List.of("2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18",
                        "2026-02-19", "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01",
                        "2026-09-02"),
                        List.of("2026-01-10", "2026-08-22")),
                Arguments.of(2027, List.of("2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10",
                        "2027-02-11", "2027-04-16", "2027-04-30", "2027-05-03", "2027-09-02", "2027-09-03"),
                        List.of()));
    }
}
