package vn.laborcases.command.dispute;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.dispute.ArbitrationDecisionLapsedEvent;
import vn.laborcases.api.dispute.ArbitrationPanelFormationLapsedEvent;
import vn.laborcases.api.dispute.DisputeStatus;
import vn.laborcases.api.dispute.Forum;
import vn.laborcases.api.dispute.MediationExemption;
import vn.laborcases.api.dispute.MediationLapsedEvent;
import vn.laborcases.api.dispute.MediationRecordsDeliveryOverdueEvent;
import vn.laborcases.api.dispute.MediatorAssignmentOverdueEvent;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.api.dispute.DisputeParty.EMPLOYER_SIDE;
import static vn.laborcases.command.dispute.DisputeFixtures.*;
import static vn.laborcases.command.dispute.FixtureAssertions.*;
import static vn.laborcases.command.dispute.StrikeFixtures.*;

/**
 * Statutory deadlines firing in the fixture's StubDeadlineManager. The fixture's clock starts at
 * the beginning of the day of receipt in Vietnam; a deadline fires at the start of the day after
 * its due date.
 */
class DisputeCaseDeadlinesTest {

    private AggregateTestFixture<DisputeCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = disputeFixture();
    }

    @Test
    void nothing_lapses_before_the_end_of_the_due_day() {
        fixture.givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(filing().command())
                .whenTimeAdvancesTo(lapseOf(MEDIATION_DUE).minusSeconds(1))
                .expectNoEvents()
                .expectState(statusIs(DisputeStatus.AWAITING_MEDIATOR));
    }

    @Test
    void with_no_mediator_assigned_the_assignment_is_overdue_and_the_mediation_lapses() {
        fixture.givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(filing().command())
                .whenTimeAdvancesTo(lapseOf(MEDIATION_DUE))
                .expectEvents(new MediatorAssignmentOverdueEvent(DISPUTE, MEDIATION_DUE),
                        new MediationLapsedEvent(DISPUTE, MEDIATION_DUE))
                .expectTriggeredDeadlinesWithName(DisputeCase.STATUTORY_DEADLINE, DisputeCase.STATUTORY_DEADLINE)
                .expectState(statusIs(DisputeStatus.MEDIATION_LAPSED))
                .expectState(dispute -> assertThat(dispute.state().deadlines()).isEmpty());
    }

    @Test
    void a_mediation_not_concluded_in_five_working_days_lapses() {
        fixture.givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(filing().command(), assignMediator(ASSIGNED))
                .whenTimeElapses(Duration.ofDays(8))
                .expectEvents(new MediationLapsedEvent(DISPUTE, MEDIATION_DUE))
                .expectState(statusIs(DisputeStatus.MEDIATION_LAPSED));
    }

    @Test
    void a_mediator_assigned_in_time_is_never_reported_overdue() {
        // The assignment deadline fires at the same moment as the mediation deadline; only the latter lapses.
        fixture.givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(filing().command(), assignMediator(ASSIGNED))
                .whenTimeAdvancesTo(lapseOf(MEDIATION_DUE))
                .expectTriggeredDeadlinesWithName(DisputeCase.STATUTORY_DEADLINE, DisputeCase.STATUTORY_DEADLINE)
                .expectEvents(new MediationLapsedEvent(DISPUTE, MEDIATION_DUE));
    }

    @Test
    void a_dispute_received_before_Tet_lapses_only_after_Tet() {
        LocalDate friday = LocalDate.of(2026, 2, 13);
        LocalDate due = LocalDate.of(2026, 2, 27);
        fixture.givenCurrentTime(startOf(friday))
                .andGivenCommands(filing().receivedOn(friday).command(), assignMediator(LocalDate.of(2026, 2, 23)))
                .whenTimeAdvancesTo(startOf(LocalDate.of(2026, 2, 27)))
                .expectNoEvents()
                .expectState(statusIs(DisputeStatus.IN_MEDIATION));
        disputeFixture().givenCurrentTime(startOf(friday))
                .andGivenCommands(filing().receivedOn(friday).command(), assignMediator(LocalDate.of(2026, 2, 23)))
                .whenTimeAdvancesTo(lapseOf(due))
                .expectEvents(new MediationLapsedEvent(DISPUTE, due));
    }

    @Test
    void after_a_settlement_the_mediation_deadlines_are_met_and_only_the_records_can_become_overdue() {
        fixture.givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(filing().command(), assignMediator(ASSIGNED), settle(MEDIATION_ENDED))
                .whenTimeAdvancesTo(lapseOf(MEDIATION_DUE))
                .expectEvents(new MediationRecordsDeliveryOverdueEvent(DISPUTE, RECORDS_DUE))
                .expectState(statusIs(DisputeStatus.SETTLED))
                .expectState(dispute -> assertThat(dispute.state().deadlines()).isEmpty());
    }

    @Test
    void records_delivered_in_time_are_never_reported_overdue() {
        fixture.givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(filing().command(), assignMediator(ASSIGNED), fail(MEDIATION_ENDED),
                        deliverRecords(RECORDS_DUE))
                .whenTimeElapses(Duration.ofDays(30))
                .expectNoEvents()
                .expectState(statusIs(DisputeStatus.MEDIATION_FAILED));
    }

    @Test
    void records_of_a_mediation_failed_by_absence_become_overdue() {
        fixture.givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(filing().command(), assignMediator(ASSIGNED),
                        absence(EMPLOYER_SIDE, LocalDate.of(2026, 3, 4)), absence(EMPLOYER_SIDE, MEDIATION_ENDED))
                .whenTimeAdvancesTo(lapseOf(RECORDS_DUE))
                .expectEvents(new MediationRecordsDeliveryOverdueEvent(DISPUTE, RECORDS_DUE));
    }

    @Test
    void an_arbitration_panel_not_formed_in_seven_working_days_lapses() {
        fixture.givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(filing().exemptFromMediation(MediationExemption.INSURANCE, Forum.ARBITRATION)
                        .command(), requestArbitration(ARBITRATION_REQUESTED))
                .whenTimeAdvancesTo(lapseOf(PANEL_DUE))
                .expectEvents(new ArbitrationPanelFormationLapsedEvent(DISPUTE, PANEL_DUE))
                .expectState(statusIs(DisputeStatus.ARBITRATION_LAPSED));
    }

    @Test
    void a_panel_formed_in_time_does_not_lapse() {
        fixture.givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(filing().exemptFromMediation(MediationExemption.INSURANCE, Forum.ARBITRATION)
                        .command(), requestArbitration(ARBITRATION_REQUESTED), formPanel(PANEL_FORMED))
                .whenTimeAdvancesTo(lapseOf(PANEL_DUE))
                .expectTriggeredDeadlinesWithName(DisputeCase.STATUTORY_DEADLINE)
                .expectNoEvents()
                .expectState(statusIs(DisputeStatus.IN_ARBITRATION));
    }

    @Test
    void an_arbitration_decision_not_issued_within_thirty_days_lapses() {
        fixture.givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(filing().exemptFromMediation(MediationExemption.INSURANCE, Forum.ARBITRATION)
                        .command(), requestArbitration(ARBITRATION_REQUESTED), formPanel(PANEL_FORMED))
                .whenTimeAdvancesTo(lapseOf(DECISION_DUE))
                .expectEvents(new ArbitrationDecisionLapsedEvent(DISPUTE, DECISION_DUE))
                .expectState(statusIs(DisputeStatus.ARBITRATION_LAPSED));
    }

    @Test
    void a_decision_issued_in_time_does_not_lapse() {
        fixture.givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(filing().exemptFromMediation(MediationExemption.INSURANCE, Forum.ARBITRATION)
                        .command(), requestArbitration(ARBITRATION_REQUESTED), formPanel(PANEL_FORMED),
                        issueDecision(DECIDED))
                .whenTimeAdvancesTo(lapseOf(DECISION_DUE))
                .expectNoEvents()
                .expectState(statusIs(DisputeStatus.ARBITRATION_DECIDED));
    }

    @Test
    void deadlines_of_a_closed_case_fire_without_effect() {
        fixture.givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(filing().command(), close(ASSIGNED))
                .whenTimeAdvancesTo(lapseOf(MEDIATION_DUE))
                .expectTriggeredDeadlinesWithName(DisputeCase.STATUTORY_DEADLINE, DisputeCase.STATUTORY_DEADLINE)
                .expectNoEvents()
                .expectState(statusIs(DisputeStatus.CLOSED));
    }

    @Test
    void deadlines_of_a_withdrawn_dispute_fire_without_effect() {
        fixture.givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(filing().command(), withdraw(ASSIGNED))
                .whenTimeAdvancesTo(lapseOf(MEDIATION_DUE))
                .expectTriggeredDeadlinesWithName(DisputeCase.STATUTORY_DEADLINE, DisputeCase.STATUTORY_DEADLINE)
                .expectNoEvents()
                .expectState(statusIs(DisputeStatus.WITHDRAWN));
    }
}
