package vn.laborcases.command.arrears;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.arrears.*;
import vn.laborcases.api.dispute.DisputeId;
import vn.laborcases.api.personaldata.PersonIdentity;
import vn.laborcases.rules.arrears.ArrearsArticles;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static vn.laborcases.command.Refusals.refused;
import static vn.laborcases.command.Refusals.ruleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.arrears.ComplaintFixtures.*;

/** Registration, triage, acceptance or refusal, the two decisions, closing and reopening. */
class ComplaintProcedureTest {

    private AggregateTestFixture<ComplaintCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = complaintFixture();
    }

    @Test
    void a_registered_complaint_gets_a_case_number_and_seven_working_days_for_acceptance() {
        fixture.givenNoPriorActivity()
                .when(register())
                .expectEvents(registered())
                .expectScheduledDeadlineWithName(lapseOf(ACCEPTANCE_DUE), ComplaintCase.STATUTORY_DEADLINE)
                .expectState(c -> {
                    assertThat(c.state().status()).isEqualTo(ComplaintStatus.REGISTERED);
                    assertThat(c.state().deadlines()).containsExactly(ACCEPTANCE);
                });
    }

    @Test
    void a_complaint_with_no_affected_worker_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterComplaintCommand(COMPLAINT, PROVINCE, ENTERPRISE, ENTERPRISE_NAME, WageRegion.I,
                        Complainant.WORKER, 0, SUMMARY, RECEIVED, List.of()))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void no_more_workers_are_named_than_are_affected() {
        fixture.given(registered())
                .when(new NameWorkersCommand(COMPLAINT, null, Collections.nCopies(41,
                        new PersonIdentity("Nguyễn Văn A", "079190000001", null))))
                .expectException(refused(null, "affects 40 workers"));
    }

    @Test
    void triage_as_a_complaint_awaits_acceptance() {
        fixture.given(registered())
                .when(new TreatAsComplaintCommand(COMPLAINT, 0L, RECEIVED))
                .expectEvents(triaged())
                .expectState(c -> assertThat(c.state().status()).isEqualTo(ComplaintStatus.AWAITING_ACCEPTANCE));
    }

    @Test
    void triage_as_a_dispute_links_the_dispute_and_stops_the_acceptance_clock() {
        DisputeId dispute = DisputeId.of("3f2c8a6e-5b1d-4c7e-9a0f-2d6b8e4c1a97");
        fixture.given(registered())
                .when(new TreatAsDisputeCommand(COMPLAINT, 0L, RECEIVED, dispute, false))
                .expectEvents(new ComplaintTreatedAsDisputeEvent(COMPLAINT, RECEIVED, dispute, false))
                .expectState(c -> {
                    assertThat(c.state().linkedDispute()).isEqualTo(dispute);
                    assertThat(c.state().deadlines()).isEmpty();
                });
    }

    @Test
    void triage_as_a_dispute_may_ask_for_a_new_dispute_but_not_both_nor_neither() {
        fixture.given(registered())
                .when(new TreatAsDisputeCommand(COMPLAINT, 0L, RECEIVED, null, true))
                .expectEvents(new ComplaintTreatedAsDisputeEvent(COMPLAINT, RECEIVED,
                        DisputeId.openedOnTriageOf(COMPLAINT.value()), true));
        complaintFixture().given(registered())
                .when(new TreatAsDisputeCommand(COMPLAINT, 0L, RECEIVED, null, false))
                .expectException(IllegalArgumentException.class);
        complaintFixture().given(registered())
                .when(new TreatAsDisputeCommand(COMPLAINT, 0L, RECEIVED, DisputeId.create(), true))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void a_referral_carries_what_an_inspection_needs_to_start() {
        fixture.given(registered())
                .when(new ReferComplaintCommand(COMPLAINT, 0L, RECEIVED.plusDays(1), ReferralTarget.INSPECTION,
                        List.of(ReferralScope.SOCIAL_INSURANCE, ReferralScope.LABOR_LAW), "Systematic non-payment"))
                .expectEvents(new ComplaintReferredEvent(COMPLAINT, CASE_NUMBER, ReferralTarget.INSPECTION, ENTERPRISE,
                        ENTERPRISE_NAME, PROVINCE, WageRegion.I, 40,
                        List.of(ReferralScope.LABOR_LAW, ReferralScope.SOCIAL_INSURANCE), "Systematic non-payment",
                        RECEIVED.plusDays(1)))
                .expectState(c -> assertThat(c.state().status()).isEqualTo(ComplaintStatus.REFERRED));
    }

    @Test
    void a_referral_without_scope_is_refused() {
        fixture.given(registered())
                .when(new ReferComplaintCommand(COMPLAINT, 0L, RECEIVED, ReferralTarget.POLICE, List.of(), "Fraud"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void a_complaint_is_triaged_once() {
        fixture.given(registered(), triaged())
                .when(new ReferComplaintCommand(COMPLAINT, 1L, RECEIVED, ReferralTarget.SI_OFFICE,
                        List.of(ReferralScope.SOCIAL_INSURANCE), "SI only"))
                .expectException(ruleViolation(ArrearsArticles.COMPLAINT_PROCEDURE));
    }

    @Test
    void acceptance_needs_triage_as_a_complaint_first() {
        fixture.given(registered())
                .when(new AcceptComplaintCommand(COMPLAINT, 0L, ACCEPTED, false, false))
                .expectException(ruleViolation(ArrearsArticles.COMPLAINT_ACCEPTANCE));
    }

    @Test
    void acceptance_starts_the_first_decision_deadline() {
        fixture.given(registered(), triaged())
                .when(new AcceptComplaintCommand(COMPLAINT, 1L, ACCEPTED, false, false))
                .expectEvents(accepted())
                .expectScheduledDeadlineWithName(lapseOf(FIRST_DECISION_DUE), ComplaintCase.STATUTORY_DEADLINE)
                .expectState(c -> assertThat(c.state().deadlines()).containsExactly(FIRST_DECISION));
    }

    @Test
    void a_late_complex_remote_acceptance_is_recorded_late_with_sixty_days_to_decide() {
        LocalDate late = LocalDate.of(2026, 3, 12);
        fixture.given(registered(), triaged())
                .when(new AcceptComplaintCommand(COMPLAINT, 1L, late, true, true))
                .expectEvents(new ComplaintAcceptedEvent(COMPLAINT, late, true, true, true,
                        new LegalDeadline(DeadlineKind.FIRST_COMPLAINT_DECISION, LocalDate.of(2026, 5, 11),
                                ArrearsArticles.FIRST_DECISION_PERIOD), RULES_2026));
    }

    @Test
    void a_refusal_gives_reasons() {
        fixture.given(registered(), triaged())
                .when(new RefuseComplaintCommand(COMPLAINT, 1L, ACCEPTED, "Already decided by a court"))
                .expectEvents(new ComplaintRefusedEvent(COMPLAINT, ACCEPTED, "Already decided by a court", false))
                .expectState(c -> assertThat(c.state().status()).isEqualTo(ComplaintStatus.REFUSED));
        complaintFixture().given(registered(), triaged())
                .when(new RefuseComplaintCommand(COMPLAINT, 1L, ACCEPTED, " "))
                .expectException(ruleViolation(ArrearsArticles.COMPLAINT_ACCEPTANCE));
    }

    @Test
    void the_first_decision_opens_the_period_for_a_second_complaint() {
        fixture.given(registered(), triaged(), accepted())
                .when(new RecordFirstDecisionCommand(COMPLAINT, 2L, FIRST_DECIDED, "The employer pays within 30 days"))
                .expectEvents(firstDecided())
                .expectState(c -> assertThat(c.state().deadlines()).containsExactly(SECOND_FILING));
    }

    @Test
    void a_second_complaint_in_time_starts_the_second_decision_deadline() {
        LocalDate filed = LocalDate.of(2026, 5, 4);
        LocalDate acceptedOn = LocalDate.of(2026, 5, 6);
        fixture.given(registered(), triaged(), accepted(), firstDecided())
                .when(new RecordSecondComplaintCommand(COMPLAINT, 3L, filed, acceptedOn, false, false))
                .expectEvents(new SecondComplaintAcceptedEvent(COMPLAINT, filed, acceptedOn, false, false,
                        new LegalDeadline(DeadlineKind.SECOND_COMPLAINT_DECISION, LocalDate.of(2026, 6, 22),
                                ArrearsArticles.SECOND_DECISION_PERIOD), RULES_2026));
    }

    @Test
    void a_second_complaint_out_of_time_is_refused() {
        fixture.given(registered(), triaged(), accepted(), firstDecided())
                .when(new RecordSecondComplaintCommand(COMPLAINT, 3L, SECOND_FILING_DUE.plusDays(1),
                        SECOND_FILING_DUE.plusDays(1), false, false))
                .expectException(ruleViolation(ArrearsArticles.SECOND_COMPLAINT_FILING));
    }

    @Test
    void the_second_decision_is_recorded_and_a_decision_before_acceptance_is_refused() {
        LocalDate acceptedOn = LocalDate.of(2026, 5, 6);
        LegalDeadline due = new LegalDeadline(DeadlineKind.SECOND_COMPLAINT_DECISION, LocalDate.of(2026, 6, 22),
                ArrearsArticles.SECOND_DECISION_PERIOD);
        fixture.given(registered(), triaged(), accepted(), firstDecided(), new SecondComplaintAcceptedEvent(COMPLAINT,
                        acceptedOn, acceptedOn, false, false, due, RULES_2026))
                .when(new RecordSecondDecisionCommand(COMPLAINT, 4L, LocalDate.of(2026, 6, 23), "Upheld"))
                .expectEvents(new SecondComplaintDecisionIssuedEvent(COMPLAINT, LocalDate.of(2026, 6, 23), "Upheld", true));
        complaintFixture().given(registered(), triaged())
                .when(new RecordFirstDecisionCommand(COMPLAINT, 1L, FIRST_DECIDED, "x"))
                .expectException(ruleViolation(ArrearsArticles.FIRST_DECISION_PERIOD));
    }

    @Test
    void closing_and_reopening_each_need_a_reason_and_reopening_restores_the_status() {
        fixture.given(registered(), triaged(), accepted())
                .when(new CloseComplaintCommand(COMPLAINT, 2L, ACCEPTED.plusDays(1), "Withdrawn by the union"))
                .expectEvents(new ComplaintClosedEvent(COMPLAINT, ACCEPTED.plusDays(1), "Withdrawn by the union",
                        ComplaintStatus.ACCEPTED))
                .expectState(c -> assertThat(c.state().deadlines()).isEmpty());
        complaintFixture().given(registered(), new ComplaintClosedEvent(COMPLAINT, RECEIVED, "x", ComplaintStatus.REGISTERED))
                .when(new ReopenComplaintCommand(COMPLAINT, 1L, RECEIVED.plusDays(3), "New evidence"))
                .expectEvents(new ComplaintReopenedEvent(COMPLAINT, RECEIVED.plusDays(3), "New evidence",
                        ComplaintStatus.REGISTERED));
        complaintFixture().given(registered())
                .when(new CloseComplaintCommand(COMPLAINT, 0L, RECEIVED, ""))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void a_closed_case_takes_no_step_and_an_open_one_cannot_be_reopened() {
        fixture.given(registered(), new ComplaintClosedEvent(COMPLAINT, RECEIVED, "x", ComplaintStatus.REGISTERED))
                .when(new TreatAsComplaintCommand(COMPLAINT, 1L, RECEIVED))
                .expectException(ruleViolation(null));
        complaintFixture().given(registered())
                .when(new ReopenComplaintCommand(COMPLAINT, 0L, RECEIVED, "why"))
                .expectException(ruleViolation(null));
    }
}
