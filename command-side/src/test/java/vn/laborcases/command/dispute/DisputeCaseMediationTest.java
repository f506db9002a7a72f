package vn.laborcases.command.dispute;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.dispute.AssignMediatorCommand;
import vn.laborcases.api.dispute.DisputeStatus;
import vn.laborcases.api.dispute.Forum;
import vn.laborcases.api.dispute.MediationFailedEvent;
import vn.laborcases.api.dispute.MediationFailureReason;
import vn.laborcases.api.dispute.MediationRecordsDeliveredEvent;
import vn.laborcases.api.dispute.MediationRecordsDeliveryOverdueEvent;
import vn.laborcases.api.dispute.MediationSettledEvent;
import vn.laborcases.api.dispute.MediatorAssignedEvent;
import vn.laborcases.api.dispute.MediatorAssignmentOverdueEvent;
import vn.laborcases.rules.dispute.DisputeArticles;

import java.time.LocalDate;

import static vn.laborcases.command.Refusals.ruleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.laborcases.api.dispute.DisputeParty.EMPLOYER_SIDE;
import static vn.laborcases.api.dispute.DisputeParty.WORKER_SIDE;
import static vn.laborcases.command.dispute.DisputeFixtures.*;
import static vn.laborcases.command.dispute.FixtureAssertions.*;
import static vn.laborcases.command.dispute.StrikeFixtures.*;

/** Mediation (Art 188, Decree 145/2020 Art 95): the mediator, absences, settlement, failure and the records. */
class DisputeCaseMediationTest {

    private AggregateTestFixture<DisputeCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = disputeFixture();
    }

    // ---- assigning the mediator

    @Test
    void a_mediator_assigned_within_five_working_days_is_on_time() {
        fixture.given(individualDisputeFiled())
                .when(assignMediator(MEDIATION_DUE))
                .expectEvents(new MediatorAssignedEvent(DISPUTE, MEDIATOR, MEDIATION_DUE, false))
                .expectState(statusIs(DisputeStatus.IN_MEDIATION))
                .expectState(dispute -> assertThat(dispute.state().mediatorId()).isEqualTo(MEDIATOR))
                .expectState(dispute -> assertThat(dispute.state().deadlines())
                        .extracting(d -> d.kind().name()).containsExactly("MEDIATION"));
    }

    @Test
    void a_mediator_assigned_after_the_fifth_working_day_is_late() {
        LocalDate tuesday = MEDIATION_DUE.plusDays(1);
        fixture.given(individualDisputeFiled())
                .when(assignMediator(tuesday))
                .expectEvents(new MediatorAssignedEvent(DISPUTE, MEDIATOR, tuesday, true));
    }

    @Test
    void a_mediator_assigned_after_the_assignment_was_reported_overdue_is_late() {
        LocalDate tuesday = MEDIATION_DUE.plusDays(1);
        fixture.given(with(individualDisputeFiled(), new MediatorAssignmentOverdueEvent(DISPUTE, MEDIATION_DUE)))
                .when(assignMediator(tuesday))
                .expectEvents(new MediatorAssignedEvent(DISPUTE, MEDIATOR, tuesday, true));
    }

    @Test
    void a_replacement_mediator_may_be_assigned_during_the_mediation() {
        fixture.given(individualDisputeInMediation())
                .when(new AssignMediatorCommand(DISPUTE, null, "HGV-79-023",
                        LocalDate.of(2026, 3, 5)))
                .expectEvents(new MediatorAssignedEvent(DISPUTE, "HGV-79-023", LocalDate.of(2026, 3, 5), false))
                .expectState(dispute -> assertThat(dispute.state().mediatorId()).isEqualTo("HGV-79-023"));
    }

    @Test
    void no_mediator_is_assigned_once_the_mediation_has_failed() {
        fixture.given(individualDisputeAfterFailedMediation())
                .when(assignMediator(LocalDate.of(2026, 3, 9)))
                .expectException(ruleViolation(DisputeArticles.MEDIATOR_ASSIGNMENT))
                .expectExceptionMessage(containsString("while the dispute is MEDIATION_FAILED"))
                .expectNoEvents();
    }

    @Test
    void no_mediator_is_assigned_to_a_dispute_exempt_from_mediation() {
        fixture.given(exemptDisputeFiled(Forum.COURT))
                .when(assignMediator(ASSIGNED))
                .expectException(ruleViolation(DisputeArticles.MEDIATOR_ASSIGNMENT))
                .expectNoEvents();
    }

    // ---- absences (Art 188: a party validly summoned twice and absent)

    @Test
    void a_first_absence_is_recorded_and_the_mediation_goes_on() {
        fixture.given(individualDisputeInMediation())
                .when(absence(EMPLOYER_SIDE, LocalDate.of(2026, 3, 4)))
                .expectEvents(absent(EMPLOYER_SIDE, LocalDate.of(2026, 3, 4), 1))
                .expectState(statusIs(DisputeStatus.IN_MEDIATION));
    }

    @Test
    void the_second_absence_of_the_same_party_fails_the_mediation() {
        LocalDate secondSession = LocalDate.of(2026, 3, 6);
        fixture.given(with(individualDisputeInMediation(), absent(EMPLOYER_SIDE, LocalDate.of(2026, 3, 4), 1)))
                .when(absence(EMPLOYER_SIDE, secondSession))
                .expectEvents(absent(EMPLOYER_SIDE, secondSession, 2),
                        new MediationFailedEvent(DISPUTE, secondSession, MediationFailureReason.PARTY_ABSENT_TWICE,
                                "The employer side was validly summoned and absent 2 times", recordsDue(RECORDS_DUE),
                                RULES_2026))
                .expectState(statusIs(DisputeStatus.MEDIATION_FAILED));
    }

    @Test
    void a_mediation_failed_by_absence_starts_the_records_delivery_deadline() {
        fixture.given(with(individualDisputeInMediation(), absent(WORKER_SIDE, LocalDate.of(2026, 3, 4), 1)))
                .when(absence(WORKER_SIDE, MEDIATION_ENDED))
                .expectScheduledDeadline(lapseOf(RECORDS_DUE), recordsDue(RECORDS_DUE))
                .expectState(dispute -> assertThat(dispute.state().deadlines()).containsExactly(recordsDue(RECORDS_DUE)));
    }

    @Test
    void one_absence_of_each_party_does_not_fail_the_mediation() {
        fixture.given(with(individualDisputeInMediation(), absent(WORKER_SIDE, LocalDate.of(2026, 3, 4), 1)))
                .when(absence(EMPLOYER_SIDE, MEDIATION_ENDED))
                .expectEvents(absent(EMPLOYER_SIDE, MEDIATION_ENDED, 1))
                .expectState(statusIs(DisputeStatus.IN_MEDIATION));
    }

    @Test
    void an_absence_before_a_mediator_is_assigned_is_refused() {
        fixture.given(individualDisputeFiled())
                .when(absence(WORKER_SIDE, ASSIGNED))
                .expectException(ruleViolation(DisputeArticles.MEDIATOR_ASSIGNMENT))
                .expectExceptionMessage(containsString("Assign a mediator before trying to record an absence"))
                .expectNoEvents();
    }

    // ---- settlement and failure

    @Test
    void a_settlement_ends_the_mediation_and_the_records_are_due_the_next_working_day() {
        // Settled on Friday 6 March: the records are due on Monday 9 March.
        fixture.given(individualDisputeInMediation())
                .when(settle(MEDIATION_ENDED))
                .expectEvents(new MediationSettledEvent(DISPUTE, MEDIATION_ENDED, TERMS, recordsDue(RECORDS_DUE),
                        RULES_2026))
                .expectScheduledDeadline(lapseOf(RECORDS_DUE), recordsDue(RECORDS_DUE))
                .expectState(statusIs(DisputeStatus.SETTLED))
                .expectState(dispute -> assertThat(dispute.state().deadlines()).containsExactly(recordsDue(RECORDS_DUE)));
    }

    @Test
    void a_mediation_without_agreement_fails() {
        fixture.given(individualDisputeInMediation())
                .when(fail(MEDIATION_ENDED))
                .expectEvents(new MediationFailedEvent(DISPUTE, MEDIATION_ENDED, MediationFailureReason.NO_AGREEMENT,
                        GROUNDS, recordsDue(RECORDS_DUE), RULES_2026))
                .expectScheduledDeadline(lapseOf(RECORDS_DUE), recordsDue(RECORDS_DUE))
                .expectState(statusIs(DisputeStatus.MEDIATION_FAILED));
    }

    @Test
    void a_settlement_before_a_mediator_is_assigned_is_refused() {
        fixture.given(individualDisputeFiled())
                .when(settle(MEDIATION_ENDED))
                .expectException(ruleViolation(DisputeArticles.MEDIATOR_ASSIGNMENT))
                .expectExceptionMessage(containsString("Assign a mediator before trying to record a settlement"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void a_failure_before_a_mediator_is_assigned_is_refused() {
        fixture.given(individualDisputeFiled())
                .when(fail(MEDIATION_ENDED))
                .expectException(ruleViolation(DisputeArticles.MEDIATOR_ASSIGNMENT))
                .expectExceptionMessage(containsString("Assign a mediator before trying to record a failed mediation"))
                .expectNoEvents();
    }

    @Test
    void a_settlement_after_the_mediation_lapsed_is_refused() {
        fixture.given(with(individualDisputeInMediation(), mediationLapsed()))
                .when(settle(LocalDate.of(2026, 3, 11)))
                .expectException(ruleViolation(DisputeArticles.MEDIATION_PERIOD))
                .expectExceptionMessage(containsString("while the dispute is MEDIATION_LAPSED"))
                .expectNoEvents();
    }

    @Test
    void a_second_failure_is_refused() {
        fixture.given(individualDisputeAfterFailedMediation())
                .when(fail(LocalDate.of(2026, 3, 9)))
                .expectException(ruleViolation(DisputeArticles.MEDIATION_PERIOD))
                .expectNoEvents();
    }

    // ---- the mediation records (Art 188(4): to both parties within 1 working day)

    @Test
    void records_delivered_by_the_next_working_day_are_on_time() {
        fixture.given(with(individualDisputeInMediation(), mediationSettled(MEDIATION_ENDED)))
                .when(deliverRecords(RECORDS_DUE))
                .expectEvents(new MediationRecordsDeliveredEvent(DISPUTE, RECORDS_DUE, false))
                .expectState(statusIs(DisputeStatus.SETTLED))
                .expectState(dispute -> assertThat(dispute.state().deadlines()).isEmpty());
    }

    @Test
    void records_delivered_after_the_next_working_day_are_late() {
        LocalDate tuesday = RECORDS_DUE.plusDays(1);
        fixture.given(individualDisputeAfterFailedMediation())
                .when(deliverRecords(tuesday))
                .expectEvents(new MediationRecordsDeliveredEvent(DISPUTE, tuesday, true));
    }

    @Test
    void records_delivered_after_the_delivery_was_reported_overdue_are_late() {
        LocalDate wednesday = LocalDate.of(2026, 3, 11);
        fixture.given(with(individualDisputeAfterFailedMediation(),
                        new MediationRecordsDeliveryOverdueEvent(DISPUTE, RECORDS_DUE)))
                .when(deliverRecords(wednesday))
                .expectEvents(new MediationRecordsDeliveredEvent(DISPUTE, wednesday, true));
    }

    @Test
    void records_may_still_be_delivered_once_arbitration_was_requested() {
        fixture.given(with(individualDisputeAfterFailedMediation(), arbitrationRequested(RECORDS_DUE)))
                .when(deliverRecords(RECORDS_DUE))
                .expectEvents(new MediationRecordsDeliveredEvent(DISPUTE, RECORDS_DUE, false));
    }

    @Test
    void records_already_delivered_are_not_delivered_again() {
        fixture.given(with(individualDisputeAfterFailedMediation(),
                        new MediationRecordsDeliveredEvent(DISPUTE, RECORDS_DUE, false)))
                .when(deliverRecords(LocalDate.of(2026, 3, 12)))
                .expectException(ruleViolation(DisputeArticles.MEDIATION_RECORDS))
                .expectNoEvents();
    }

    @Test
    void records_cannot_be_delivered_while_the_mediation_is_under_way() {
        fixture.given(individualDisputeInMediation())
                .when(deliverRecords(MEDIATION_ENDED))
                .expectException(ruleViolation(DisputeArticles.MEDIATION_RECORDS))
                .expectExceptionMessage(containsString("the dispute is IN_MEDIATION"))
                .expectNoEvents();
    }

    @Test
    void a_lapsed_mediation_has_no_records_to_deliver() {
        fixture.given(with(individualDisputeInMediation(), mediationLapsed()))
                .when(deliverRecords(LocalDate.of(2026, 3, 10)))
                .expectException(ruleViolation(DisputeArticles.MEDIATION_RECORDS))
                .expectNoEvents();
    }

    @Test
    void a_dispute_exempt_from_mediation_has_no_records_to_deliver() {
        fixture.given(exemptDisputeFiled(Forum.ARBITRATION))
                .when(deliverRecords(ASSIGNED))
                .expectException(ruleViolation(DisputeArticles.MEDIATION_RECORDS))
                .expectNoEvents();
    }
}
