package vn.laborcases.command.arrears;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.arrears.*;
import vn.laborcases.rules.arrears.ArrearsArticles;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.arrears.ComplaintFixtures.*;

/**
 * Decree 24/2018 deadlines and the SI evasion day firing in the fixture's StubDeadlineManager.
 * A deadline fires at the start of the Vietnamese day after its due date; evasion fires at the
 * start of its own day.
 */
class ComplaintDeadlinesFixtureTest {

    @Test
    void nothing_lapses_before_the_end_of_the_acceptance_day() {
        complaintFixture().givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(register())
                .whenTimeAdvancesTo(lapseOf(ACCEPTANCE_DUE).minusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void a_complaint_neither_accepted_nor_refused_in_seven_working_days_is_overdue() {
        complaintFixture().givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(register(), new TreatAsComplaintCommand(COMPLAINT, null, RECEIVED))
                .whenTimeAdvancesTo(lapseOf(ACCEPTANCE_DUE))
                .expectEvents(new ComplaintAcceptanceOverdueEvent(COMPLAINT, ACCEPTANCE_DUE))
                .expectState(c -> assertThat(c.state().deadlines()).isEmpty());
    }

    @Test
    void an_accepted_complaint_is_never_reported_overdue_for_acceptance() {
        complaintFixture().givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(register(), new TreatAsComplaintCommand(COMPLAINT, null, RECEIVED),
                        new AcceptComplaintCommand(COMPLAINT, null, ACCEPTED, false, false))
                .whenTimeAdvancesTo(lapseOf(ACCEPTANCE_DUE))
                .expectNoEvents();
    }

    @Test
    void with_no_first_decision_the_second_complaint_period_runs_from_the_lapse() {
        // Due Mon 6 Apr; 30 days later is Wed 6 May.
        LegalDeadline filing = new LegalDeadline(DeadlineKind.SECOND_COMPLAINT_FILING, LocalDate.of(2026, 5, 6),
                ArrearsArticles.SECOND_COMPLAINT_FILING);
        complaintFixture().givenCurrentTime(startOf(ACCEPTED))
                .andGivenCommands(register(), new TreatAsComplaintCommand(COMPLAINT, null, RECEIVED),
                        new AcceptComplaintCommand(COMPLAINT, null, ACCEPTED, false, false))
                .whenTimeAdvancesTo(lapseOf(FIRST_DECISION_DUE))
                .expectEvents(new FirstComplaintDecisionOverdueEvent(COMPLAINT, FIRST_DECISION_DUE, filing, RULES_2026))
                .expectState(c -> {
                    assertThat(c.state().status()).isEqualTo(ComplaintStatus.FIRST_DECISION_OVERDUE);
                    assertThat(c.state().deadlines()).containsExactly(filing);
                });
    }

    @Test
    void the_second_complaint_period_closes_when_none_is_filed() {
        complaintFixture().givenCurrentTime(startOf(ACCEPTED))
                .andGivenCommands(register(), new TreatAsComplaintCommand(COMPLAINT, null, RECEIVED),
                        new AcceptComplaintCommand(COMPLAINT, null, ACCEPTED, false, false),
                        new RecordFirstDecisionCommand(COMPLAINT, null, FIRST_DECIDED, "Pay"))
                .whenTimeAdvancesTo(lapseOf(SECOND_FILING_DUE))
                .expectEvents(new SecondComplaintWindowClosedEvent(COMPLAINT, SECOND_FILING_DUE));
    }

    @Test
    void a_second_decision_not_made_in_45_days_is_overdue() {
        LocalDate acceptedOn = LocalDate.of(2026, 5, 6);
        complaintFixture().givenCurrentTime(startOf(ACCEPTED))
                .andGivenCommands(register(), new TreatAsComplaintCommand(COMPLAINT, null, RECEIVED),
                        new AcceptComplaintCommand(COMPLAINT, null, ACCEPTED, false, false),
                        new RecordFirstDecisionCommand(COMPLAINT, null, FIRST_DECIDED, "Pay"),
                        new RecordSecondComplaintCommand(COMPLAINT, null, SECOND_FILING_DUE, acceptedOn, false, false))
                .whenTimeAdvancesTo(lapseOf(LocalDate.of(2026, 6, 22)))
                .expectEvents(new SecondComplaintDecisionOverdueEvent(COMPLAINT, LocalDate.of(2026, 6, 22)));
    }

    @Test
    void a_closed_case_lets_its_deadlines_pass_silently() {
        complaintFixture().givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(register(), new CloseComplaintCommand(COMPLAINT, null, RECEIVED, "Duplicate"))
                .whenTimeAdvancesTo(lapseOf(ACCEPTANCE_DUE))
                .expectNoEvents();
    }

    /** Stops the acceptance clock, so that only the evasion deadline can fire. */
    private static TreatAsDisputeCommand asDispute() {
        return new TreatAsDisputeCommand(COMPLAINT, null, RECEIVED, null, true);
    }

    @Test
    void unpaid_si_contributions_are_still_late_on_day_60_and_evasion_on_day_61() {
        complaintFixture().givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(register(), asDispute(), siLine(120_000_000L))
                .whenTimeAdvancesTo(startOf(SI_EVASION_FROM).minusSeconds(1))
                .expectNoEvents();
        complaintFixture().givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(register(), asDispute(), siLine(120_000_000L))
                .whenTimeAdvancesTo(startOf(SI_EVASION_FROM))
                .expectEvents(new SocialInsuranceEvasionEvent(COMPLAINT, 1, SI_DUE, SI_EVASION_FROM, 120_000_000L))
                .expectTriggeredDeadlinesWithName(ComplaintCase.STATUTORY_DEADLINE, ComplaintCase.SI_EVASION)
                .expectState(c -> assertThat(c.state().lines().get(0).evasion()).isTrue());
    }

    @Test
    void contributions_paid_in_full_before_day_61_never_become_evasion() {
        complaintFixture().givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(register(), asDispute(), siLine(120_000_000L),
                        new NotifyEmployerCommand(COMPLAINT, null, RECEIVED, "Letter"),
                        new DetermineAmountsCommand(COMPLAINT, null, RECEIVED),
                        new RecordPaymentCommand(COMPLAINT, null, SI_EVASION_FROM.minusDays(1), 120_000_000L, "UNC 1"))
                .whenTimeAdvancesTo(startOf(SI_EVASION_FROM))
                .expectNoEvents();
    }

    @Test
    void a_partly_paid_line_becomes_evasion_for_what_is_left() {
        complaintFixture().givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(register(), asDispute(), siLine(120_000_000L),
                        new NotifyEmployerCommand(COMPLAINT, null, RECEIVED, "Letter"),
                        new DetermineAmountsCommand(COMPLAINT, null, RECEIVED),
                        new RecordPaymentCommand(COMPLAINT, null, LocalDate.of(2026, 4, 15), 100_000_000L, "UNC 1"))
                .whenTimeAdvancesTo(startOf(SI_EVASION_FROM))
                .expectEvents(new SocialInsuranceEvasionEvent(COMPLAINT, 1, SI_DUE, SI_EVASION_FROM, 20_000_000L));
    }

    @Test
    void wage_lines_schedule_no_evasion() {
        complaintFixture().givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(register())
                .when(wagesLine(240_000_000L, 6_000_000L))
                .expectEvents(wagesAdded())
                .expectNoScheduledDeadlineWithName(startOf(RECEIVED), startOf(LocalDate.of(2027, 1, 1)),
                        ComplaintCase.SI_EVASION);
    }
}
