package vn.laborcases.rules.dispute;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.rules.RuleSets;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statutory deadlines of a labor dispute: each one's last day and the provision that sets it.
 * Expected dates are worked out by hand from holidays/2026.csv.
 */
class DisputeDeadlinesTest {

    private static final DisputeRules RULES = RuleSets.vietnam().version("VN-2025.07").disputes();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.vietnam();

    /** Fri 13 Feb 2026, the last working day before Tết Bính Ngọ (14-22 Feb off). */
    private static final LocalDate BEFORE_TET = LocalDate.of(2026, 2, 13);

    @Test
    void aMediatorIsAssignedWithinFiveWorkingDaysOfReceipt() {
        // 23, 24, 25, 26, 27 Feb are the five working days after Tết.
        assertThat(DisputeDeadlines.mediatorAssignment(BEFORE_TET, RULES, CALENDAR)).isEqualTo(
                new LegalDeadline(DeadlineKind.MEDIATOR_ASSIGNMENT, LocalDate.of(2026, 2, 27),
                        DisputeArticles.MEDIATOR_ASSIGNMENT));
    }

    @Test
    void aMediationReceivedTheFridayBeforeTetIsDueTheFridayAfterIt() {
        assertThat(DisputeDeadlines.mediation(BEFORE_TET, RULES, CALENDAR)).isEqualTo(
                new LegalDeadline(DeadlineKind.MEDIATION, LocalDate.of(2026, 2, 27), DisputeArticles.MEDIATION_PERIOD));
    }

    @Test
    void aMediationReceivedBeforeTheAprilHolidaysIsDueAfterThem() {
        // Wed 22 Apr 2026: 23, 24, (27 Apr off), 28, 29, (30 Apr, 1 May off, weekend), Mon 4 May.
        assertThat(DisputeDeadlines.mediation(LocalDate.of(2026, 4, 22), RULES, CALENDAR).dueOn())
                .isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void theRecordsReachThePartiesTheNextWorkingDay() {
        // Fri 6 Mar 2026 -> Mon 9 Mar.
        assertThat(DisputeDeadlines.recordsDelivery(LocalDate.of(2026, 3, 6), RULES, CALENDAR)).isEqualTo(
                new LegalDeadline(DeadlineKind.MEDIATION_RECORDS_DELIVERY, LocalDate.of(2026, 3, 9),
                        DisputeArticles.MEDIATION_RECORDS));
    }

    @Test
    void theRecordsOfAMediationConcludedBeforeTheMayHolidaysAreDueAfterThem() {
        // Wed 29 Apr 2026: 30 Apr and 1 May are off, then the weekend: Mon 4 May.
        assertThat(DisputeDeadlines.recordsDelivery(LocalDate.of(2026, 4, 29), RULES, CALENDAR).dueOn())
                .isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void theArbitrationPanelIsFormedWithinSevenWorkingDays() {
        // Wed 22 Apr 2026: 23, 24, 28, 29 Apr, then 4, 5, 6 May (27 Apr, 30 Apr and 1 May are off).
        assertThat(DisputeDeadlines.panelFormation(LocalDate.of(2026, 4, 22), RULES, CALENDAR)).isEqualTo(
                new LegalDeadline(DeadlineKind.ARBITRATION_PANEL_FORMATION, LocalDate.of(2026, 5, 6),
                        DisputeArticles.ARBITRATION_PERIODS));
    }

    @Test
    void theArbitrationDecisionIsDueThirtyCalendarDaysAfterFormation() {
        // Mon 2 Mar 2026 + 30 days = Wed 1 Apr, a working day.
        assertThat(DisputeDeadlines.arbitrationDecision(LocalDate.of(2026, 3, 2), RULES, CALENDAR)).isEqualTo(
                new LegalDeadline(DeadlineKind.ARBITRATION_DECISION, LocalDate.of(2026, 4, 1),
                        DisputeArticles.ARBITRATION_PERIODS));
    }

    @Test
    void anArbitrationDecisionDueOnASaturdayIsDueOnTheMonday() {
        // Thu 14 May 2026 + 30 days = Sat 13 Jun.
        assertThat(DisputeDeadlines.arbitrationDecision(LocalDate.of(2026, 5, 14), RULES, CALENDAR).dueOn())
                .isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void anArbitrationDecisionDueOnTheNationalDayWeekendIsDueAfterTheBreak() {
        // Thu 30 Jul 2026 + 30 days = Sat 29 Aug; 29 Aug-2 Sep is the National Day break, so Thu 3 Sep.
        assertThat(DisputeDeadlines.arbitrationDecision(LocalDate.of(2026, 7, 30), RULES, CALENDAR).dueOn())
                .isEqualTo(LocalDate.of(2026, 9, 3));
    }

    @Test
    void theEarlierRuleSetGivesTheSamePeriodsIn2024() {
        DisputeRules rules2021 = RuleSets.vietnam().effectiveOn(LocalDate.of(2024, 4, 10)).disputes();

        // Wed 10 Apr 2024: 11, 12, 15, 16, 17 Apr (18 Apr is the Hung Kings day).
        assertThat(DisputeDeadlines.mediation(LocalDate.of(2024, 4, 10), rules2021, CALENDAR).dueOn())
                .isEqualTo(LocalDate.of(2024, 4, 17));
        // Thu 11 Apr 2024 + 7 working days: 12, 15, 16, 17, 19, 22, 23 Apr.
        assertThat(DisputeDeadlines.panelFormation(LocalDate.of(2024, 4, 11), rules2021, CALENDAR).dueOn())
                .isEqualTo(LocalDate.of(2024, 4, 23));
    }
}
