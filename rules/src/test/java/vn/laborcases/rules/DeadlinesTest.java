package vn.laborcases.rules;

import org.junit.jupiter.api.Test;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How periods in calendar days and months end (Civil Code 2015 Arts 147-148): on the day the
 * count reaches, moved to the next working day when that day is a weekend or a day off.
 * Working-day counting itself is tested with the calendar.
 */
class DeadlinesTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();

    @Test
    void aCalendarDayPeriodEndingOnASaturdayEndsOnTheMonday() {
        // Wed 3 Jun 2026 + 10 days = Sat 13 Jun.
        assertThat(Deadlines.calendarDaysAfter(calendar, LocalDate.of(2026, 6, 3), 10))
                .isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void aCalendarDayPeriodEndingOnASundayEndsOnTheMonday() {
        // Wed 3 Jun 2026 + 11 days = Sun 14 Jun.
        assertThat(Deadlines.calendarDaysAfter(calendar, LocalDate.of(2026, 6, 3), 11))
                .isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void aCalendarDayPeriodEndingOnAPublicHolidayEndsOnTheNextWorkingDay() {
        // Mon 20 Apr 2026 + 10 days = Thu 30 Apr (Reunification Day); Fri 1 May is Labour Day,
        // then the weekend: Mon 4 May.
        assertThat(Deadlines.calendarDaysAfter(calendar, LocalDate.of(2026, 4, 20), 10))
                .isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void aCalendarDayPeriodEndingOnTheNationalDayAdjacentDayMovesPastTheHolidayPair() {
        // Fri 22 Aug 2025 + 10 days = Mon 1 Sep 2025 (adjacent day); Tue 2 Sep is National Day.
        assertThat(Deadlines.calendarDaysAfter(calendar, LocalDate.of(2025, 8, 22), 10))
                .isEqualTo(LocalDate.of(2025, 9, 3));
    }

    @Test
    void aCalendarDayPeriodEndingOnAWorkingDayEndsThatDay() {
        // Mon 2 Mar 2026 + 30 days = Wed 1 Apr.
        assertThat(Deadlines.calendarDaysAfter(calendar, LocalDate.of(2026, 3, 2), 30))
                .isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void aCalendarDayPeriodEndingOnAWorkingSaturdayEndsThatSaturday() {
        // Thu 23 Jul 2026 + 30 days = Sat 22 Aug, worked in exchange for Mon 31 Aug: offices are
        // open, so it is not a weekend day off in the sense of Art 148.
        assertThat(Deadlines.calendarDaysAfter(calendar, LocalDate.of(2026, 7, 23), 30))
                .isEqualTo(LocalDate.of(2026, 8, 22));
    }

    @Test
    void monthsAfterTheThirtyFirstOfJanuaryEndOnTheLastDayOfFebruary() {
        assertThat(Deadlines.monthsAfter(calendar, LocalDate.of(2025, 1, 31), 1)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(Deadlines.monthsAfter(calendar, LocalDate.of(2024, 1, 31), 1)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void monthsAfterEndingOnAWeekendLastDayOfFebruaryMoveToMonday() {
        // 31 Jan 2026 + 1 month = Sat 28 Feb 2026, so Mon 2 Mar.
        assertThat(Deadlines.monthsAfter(calendar, LocalDate.of(2026, 1, 31), 1)).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void monthsAfterEndingInTetMoveToTheFirstWorkingDayAfterIt() {
        // 16 Aug 2025 + 6 months = Mon 16 Feb 2026; Tết runs 14-22 Feb, so Mon 23 Feb.
        assertThat(Deadlines.monthsAfter(calendar, LocalDate.of(2025, 8, 16), 6)).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void monthsAfterKeepTheDayOfTheMonth() {
        assertThat(Deadlines.monthsAfter(calendar, LocalDate.of(2025, 10, 15), 6)).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(Deadlines.monthsAfter(calendar, LocalDate.of(2025, 10, 15), 12)).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void aDeadlineLapsesAtTheStartOfTheNextDayInVietnam() {
        ZonedDateTime lapse = Deadlines.lapsesAt(LocalDate.of(2026, 5, 4));

        assertThat(lapse.toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(lapse.toLocalTime()).hasToString("00:00");
        assertThat(lapse.getOffset()).isEqualTo(ZoneOffset.ofHours(7));
        assertThat(lapse.getZone()).isEqualTo(Deadlines.ZONE);
        assertThat(lapse.toInstant()).isEqualTo(Instant.parse("2026-05-04T17:00:00Z"));
    }

    @Test
    void aDeadlineOnTheLastDayOfTheYearLapsesOnNewYearsDay() {
        assertThat(Deadlines.lapsesAt(LocalDate.of(2026, 12, 31)).toInstant())
                .isEqualTo(Instant.parse("2026-12-31T17:00:00Z"));
    }

    @Test
    void aZeroPeriodEndsOnTheEventOrTheNextWorkingDay() {
        assertThat(Deadlines.calendarDaysAfter(calendar, LocalDate.of(2026, 3, 4), 0)).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(Deadlines.calendarDaysAfter(calendar, LocalDate.of(2026, 3, 7), 0)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void negativePeriodsAreRejected() {
        LocalDate day = LocalDate.of(2026, 3, 4);
        assertThatThrownBy(() -> Deadlines.calendarDaysAfter(calendar, day, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> Deadlines.monthsAfter(calendar, day, -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2");
        assertThatThrownBy(() -> Deadlines.workingDaysAfter(calendar, day, -3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-3");
    }
}
