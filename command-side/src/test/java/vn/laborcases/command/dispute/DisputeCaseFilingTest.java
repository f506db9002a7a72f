package vn.laborcases.command.dispute;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.DocumentRef;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.dispute.DisputeFiledEvent;
import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.api.dispute.DisputeStatus;
import vn.laborcases.api.dispute.Forum;
import vn.laborcases.api.dispute.MediationExemption;
import vn.laborcases.api.dispute.TimeBarCheck;
import vn.laborcases.api.dispute.TimeBarOverride;
import vn.laborcases.api.dispute.TolledPeriod;
import vn.laborcases.command.CaseRuleViolationException;
import vn.laborcases.rules.dispute.DisputeArticles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static vn.laborcases.command.Refusals.ruleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.laborcases.command.dispute.DisputeFixtures.*;
import static vn.laborcases.command.dispute.FixtureAssertions.*;
import static vn.laborcases.command.dispute.StrikeFixtures.*;

/** Filing a dispute: the first forum, the statutory deadlines it starts, and the time bar of Art 190. */
class DisputeCaseFilingTest {

    private AggregateTestFixture<DisputeCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = disputeFixture();
    }

    // ---- filing with a mediator

    @Test
    void an_individual_dispute_filed_with_a_mediator_awaits_a_mediator_with_both_deadlines_running() {
        var mediatorDue = new LegalDeadline(DeadlineKind.MEDIATOR_ASSIGNMENT, LocalDate.of(2026, 3, 9),
                DisputeArticles.MEDIATOR_ASSIGNMENT);
        var mediationDue = new LegalDeadline(DeadlineKind.MEDIATION, LocalDate.of(2026, 3, 9),
                DisputeArticles.MEDIATION_PERIOD);
        var timeBar = new TimeBarCheck(Forum.MEDIATION, DISCOVERED, RECEIVED, LocalDate.of(2026, 7, 15), 0, false,
                null, DisputeArticles.TIME_BAR);

        fixture.givenNoPriorActivity()
                .when(filing().command())
                .expectEvents(new DisputeFiledEvent(DISPUTE, CASE_NUMBER, DisputeKind.INDIVIDUAL, PROVINCE, EMPLOYER,
                        EMPLOYER_NAME, filing().requestedBy(), filing().summary(), 1, null, Forum.MEDIATION,
                        DISCOVERED, RECEIVED, List.of(), timeBar, List.of(mediatorDue, mediationDue), RULES_2026))
                .expectState(statusIs(DisputeStatus.AWAITING_MEDIATOR))
                .expectState(dispute -> assertThat(dispute.state().deadlines())
                        .containsExactlyInAnyOrder(mediatorDue, mediationDue));
    }

    @Test
    void filing_schedules_both_deadlines_to_lapse_at_the_start_of_the_next_day_in_Vietnam() {
        // Due Monday 9 March: lapses at 00:00 on Tuesday 10 March in Asia/Ho_Chi_Minh (UTC+7).
        Instant lapse = Instant.parse("2026-03-09T17:00:00Z");
        fixture.givenNoPriorActivity()
                .when(filing().command())
                .expectScheduledDeadlineWithName(lapse, DisputeCase.STATUTORY_DEADLINE)
                .expectScheduledDeadline(lapse, new LegalDeadline(DeadlineKind.MEDIATOR_ASSIGNMENT, MEDIATION_DUE,
                        DisputeArticles.MEDIATOR_ASSIGNMENT))
                .expectScheduledDeadline(lapse, new LegalDeadline(DeadlineKind.MEDIATION, MEDIATION_DUE,
                        DisputeArticles.MEDIATION_PERIOD));
    }

    @Test
    void the_inspector_gets_back_the_case_number_drawn_for_the_province_and_year_of_receipt() {
        fixture.givenNoPriorActivity()
                .when(filing().discoveredOn(LocalDate.of(2024, 3, 1)).receivedOn(LocalDate.of(2024, 4, 15)).command())
                .expectResultMessagePayloadMatching(satisfying(DisputeState.class, state -> {
                    assertThat(state.caseNumber()).isEqualTo(caseNumber(CaseType.LABOR_DISPUTE, 2024).value());
                    assertThat(state.id()).isEqualTo(DISPUTE.value());
                    assertThat(state.status()).isEqualTo(DisputeStatus.AWAITING_MEDIATOR);
                }));
    }

    @Test
    void a_dispute_received_in_2024_is_decided_under_the_2021_rules_and_its_deadlines_skip_Hung_Kings_day() {
        // Received Mon 15 Apr 2024; Thu 18 Apr is Giỗ Tổ Hùng Vương, so 5 working days end Tue 23 Apr.
        fixture.givenNoPriorActivity()
                .when(filing().discoveredOn(LocalDate.of(2024, 3, 1)).receivedOn(LocalDate.of(2024, 4, 15)).command())
                .expectEventsMatching(onlyEvent(DisputeFiledEvent.class, filed -> {
                    assertThat(filed.ruleSetVersion()).isEqualTo("VN-2022.07");
                    assertThat(filed.caseNumber().value()).isEqualTo("LD-79-2024-000001");
                    assertThat(filed.deadlines()).extracting(LegalDeadline::dueOn)
                            .containsOnly(LocalDate.of(2024, 4, 23));
                }));
    }

    @Test
    void the_rule_set_is_chosen_by_the_date_of_receipt_across_the_July_2025_change() {
        fixture.givenNoPriorActivity()
                .when(filing().discoveredOn(LocalDate.of(2025, 6, 1)).receivedOn(LocalDate.of(2025, 6, 30)).command())
                .expectEventsMatching(onlyEvent(DisputeFiledEvent.class,
                        filed -> assertThat(filed.ruleSetVersion()).isEqualTo("VN-2024.07")));
        disputeFixture().givenNoPriorActivity()
                .when(filing().discoveredOn(LocalDate.of(2025, 6, 1)).receivedOn(LocalDate.of(2025, 7, 1)).command())
                .expectEventsMatching(onlyEvent(DisputeFiledEvent.class,
                        filed -> assertThat(filed.ruleSetVersion()).isEqualTo("VN-2025.07")));
    }

    @Test
    void a_dispute_received_on_the_Friday_before_Tet_2026_is_due_for_mediation_on_27_February() {
        // Received Fri 13 Feb 2026; Tết runs 14-22 Feb, so the 5 working days are 23-27 Feb.
        LocalDate friday = LocalDate.of(2026, 2, 13);
        LocalDate due = LocalDate.of(2026, 2, 27);
        fixture.givenNoPriorActivity()
                .when(filing().receivedOn(friday).command())
                .expectEventsMatching(onlyEvent(DisputeFiledEvent.class, filed ->
                        assertThat(filed.deadlines()).containsExactly(
                                new LegalDeadline(DeadlineKind.MEDIATOR_ASSIGNMENT, due,
                                        DisputeArticles.MEDIATOR_ASSIGNMENT),
                                new LegalDeadline(DeadlineKind.MEDIATION, due, DisputeArticles.MEDIATION_PERIOD))))
                .expectScheduledDeadlineWithName(lapseOf(due), DisputeCase.STATUTORY_DEADLINE);
    }

    // ---- the time bar of Art 190

    @Test
    void a_request_on_the_last_day_of_the_six_months_is_accepted() {
        fixture.givenNoPriorActivity()
                .when(filing().discoveredOn(LocalDate.of(2025, 6, 1)).receivedOn(LocalDate.of(2025, 12, 1)).command())
                .expectEventsMatching(onlyEvent(DisputeFiledEvent.class, filed -> {
                    assertThat(filed.timeBar().limitOn()).isEqualTo(LocalDate.of(2025, 12, 1));
                    assertThat(filed.timeBar().barred()).isFalse();
                }));
    }

    @Test
    void a_request_after_the_six_months_is_refused() {
        fixture.givenNoPriorActivity()
                .when(filing().discoveredOn(LocalDate.of(2025, 6, 1)).receivedOn(LocalDate.of(2025, 12, 2)).command())
                .expectException(ruleViolation(DisputeArticles.TIME_BAR))
                .expectExceptionMessage(containsString("after the time bar ended on 2025-12-01"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void days_lost_to_force_majeure_extend_the_time_bar() {
        // Without tolling the limit is Mon 2 Feb 2026; 15 tolled days move it to Mon 16 Feb, which is
        // in Tết, so the last day to ask is Mon 23 Feb 2026.
        var flood = new TolledPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 15),
                "The factory district was flooded and cut off", document("Xác nhận của UBND phường về ngập lụt"));
        LocalDate received = LocalDate.of(2026, 2, 10);
        fixture.givenNoPriorActivity()
                .when(filing().discoveredOn(LocalDate.of(2025, 8, 1)).receivedOn(received).tolled(flood).command())
                .expectEventsMatching(onlyEvent(DisputeFiledEvent.class, filed -> {
                    assertThat(filed.timeBar()).isEqualTo(new TimeBarCheck(Forum.MEDIATION,
                            LocalDate.of(2025, 8, 1), received, LocalDate.of(2026, 2, 23), 15, false, null,
                            DisputeArticles.TIME_BAR));
                    assertThat(filed.tolledPeriods()).containsExactly(flood);
                }));
    }

    @Test
    void the_same_request_without_the_tolled_period_is_refused() {
        fixture.givenNoPriorActivity()
                .when(filing().discoveredOn(LocalDate.of(2025, 8, 1)).receivedOn(LocalDate.of(2026, 2, 10)).command())
                .expectException(ruleViolation(DisputeArticles.TIME_BAR))
                .expectExceptionMessage(containsString("2026-02-02"))
                .expectNoEvents();
    }

    @Test
    void a_late_request_is_accepted_with_an_override_that_gives_a_reason_and_the_evidence() {
        var override = new TimeBarOverride("The worker was in hospital after an occupational accident",
                List.of(document("Giấy ra viện Bệnh viện Chợ Rẫy")));
        fixture.givenNoPriorActivity()
                .when(filing().discoveredOn(LocalDate.of(2025, 6, 1)).receivedOn(RECEIVED).override(override).command())
                .expectEventsMatching(onlyEvent(DisputeFiledEvent.class, filed -> assertThat(filed.timeBar())
                        .isEqualTo(new TimeBarCheck(Forum.MEDIATION, LocalDate.of(2025, 6, 1), RECEIVED,
                                LocalDate.of(2025, 12, 1), 0, true, override, DisputeArticles.TIME_BAR))));
    }

    @Test
    void an_override_without_evidence_is_refused() {
        var override = new TimeBarOverride("The worker says she was abroad", List.of());
        fixture.givenNoPriorActivity()
                .when(filing().discoveredOn(LocalDate.of(2025, 6, 1)).receivedOn(RECEIVED).override(override).command())
                .expectException(ruleViolation(DisputeArticles.TIME_BAR))
                .expectExceptionMessage(containsString("timeBarOverride giving a reason and the evidence"))
                .expectNoEvents();
    }

    @Test
    void an_override_whose_evidence_has_no_hash_is_refused() {
        var override = new TimeBarOverride("The worker was in hospital",
                List.of(new DocumentRef("Giấy ra viện", " ")));
        fixture.givenNoPriorActivity()
                .when(filing().discoveredOn(LocalDate.of(2025, 6, 1)).receivedOn(RECEIVED).override(override).command())
                .expectException(CaseRuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void an_override_is_not_recorded_when_the_request_is_on_time() {
        var override = new TimeBarOverride("Just in case", List.of(document("Đơn yêu cầu")));
        fixture.givenNoPriorActivity()
                .when(filing().override(override).command())
                .expectEventsMatching(onlyEvent(DisputeFiledEvent.class,
                        filed -> assertThat(filed.timeBar().override()).isNull()));
    }

    @Test
    void a_collective_dispute_about_interests_has_no_time_bar() {
        fixture.givenNoPriorActivity()
                .when(filing().collectiveInterests().discoveredOn(LocalDate.of(2024, 1, 10)).command())
                .expectEventsMatching(onlyEvent(DisputeFiledEvent.class, filed -> {
                    assertThat(filed.timeBar().limitOn()).isNull();
                    assertThat(filed.timeBar().barred()).isFalse();
                    assertThat(filed.deadlines()).hasSize(2);
                }));
    }

    // ---- the first forum (Arts 187, 188(1), 191, 195)

    @ParameterizedTest
    @EnumSource(MediationExemption.class)
    void an_exempt_individual_dispute_may_go_straight_to_arbitration(MediationExemption exemption) {
        fixture.givenNoPriorActivity()
                .when(filing().exemptFromMediation(exemption, Forum.ARBITRATION).command())
                .expectEvents(filing().exemptFromMediation(exemption, Forum.ARBITRATION).filedEvent(
                        new TimeBarCheck(Forum.ARBITRATION, DISCOVERED, RECEIVED, LocalDate.of(2026, 10, 15), 0,
                                false, null, DisputeArticles.TIME_BAR), List.of(), RULES_2026))
                .expectNoScheduledDeadlines()
                .expectState(statusIs(DisputeStatus.MEDIATION_EXEMPT))
                .expectState(dispute -> assertThat(dispute.state().deadlines()).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(MediationExemption.class)
    void an_exempt_individual_dispute_may_go_straight_to_court(MediationExemption exemption) {
        fixture.givenNoPriorActivity()
                .when(filing().exemptFromMediation(exemption, Forum.COURT).command())
                .expectEvents(filing().exemptFromMediation(exemption, Forum.COURT).filedEvent(
                        new TimeBarCheck(Forum.COURT, DISCOVERED, RECEIVED, LocalDate.of(2027, 1, 15), 0,
                                false, null, DisputeArticles.TIME_BAR), List.of(), RULES_2026))
                .expectNoScheduledDeadlines()
                .expectState(statusIs(DisputeStatus.MEDIATION_EXEMPT));
    }

    @ParameterizedTest
    @EnumSource(value = Forum.class, names = {"ARBITRATION", "COURT"})
    void an_individual_dispute_without_an_exemption_cannot_skip_mediation(Forum forum) {
        fixture.givenNoPriorActivity()
                .when(filing().forum(forum).command())
                .expectException(ruleViolation(DisputeArticles.MEDIATION_MANDATORY))
                .expectExceptionMessage(containsString("Mediation is mandatory"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = Forum.class, names = {"ARBITRATION", "COURT"})
    void a_collective_dispute_about_rights_cannot_skip_mediation(Forum forum) {
        fixture.givenNoPriorActivity()
                .when(filing().kind(DisputeKind.COLLECTIVE_RIGHTS).forum(forum).command())
                .expectException(ruleViolation(DisputeArticles.MEDIATION_MANDATORY))
                .expectExceptionMessage(containsString("collective dispute about rights"))
                .expectNoEvents();
    }

    @Test
    void a_collective_dispute_about_rights_cannot_claim_an_exemption() {
        fixture.givenNoPriorActivity()
                .when(filing().kind(DisputeKind.COLLECTIVE_RIGHTS)
                        .exemptFromMediation(MediationExemption.INSURANCE, Forum.COURT).command())
                .expectException(ruleViolation(DisputeArticles.MEDIATION_MANDATORY))
                .expectExceptionMessage(containsString("Only individual disputes can be exempt"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(Forum.class)
    void a_collective_dispute_about_interests_with_an_exemption_is_refused(Forum forum) {
        fixture.givenNoPriorActivity()
                .when(filing().collectiveInterests().exemptFromMediation(MediationExemption.OUTSOURCED_WORKER, forum)
                        .command())
                .expectException(ruleViolation(DisputeArticles.MEDIATION_MANDATORY))
                .expectExceptionMessage(containsString("Only individual disputes can be exempt"))
                .expectNoEvents();
    }

    @Test
    void a_collective_dispute_about_interests_filed_with_the_court_is_refused() {
        fixture.givenNoPriorActivity()
                .when(filing().collectiveInterests().forum(Forum.COURT).command())
                .expectException(ruleViolation(DisputeArticles.INTEREST_DISPUTE_FORUMS))
                .expectExceptionMessage(containsString("the court does not resolve it"))
                .expectNoEvents();
    }

    @Test
    void a_collective_dispute_about_interests_filed_with_arbitration_is_refused_until_mediated() {
        fixture.givenNoPriorActivity()
                .when(filing().collectiveInterests().forum(Forum.ARBITRATION).command())
                .expectException(ruleViolation(DisputeArticles.MEDIATION_MANDATORY))
                .expectNoEvents();
    }

    @Test
    void an_individual_dispute_that_is_exempt_may_still_choose_mediation() {
        fixture.givenNoPriorActivity()
                .when(filing().exemption(MediationExemption.DOMESTIC_WORKER).command())
                .expectEventsMatching(onlyEvent(DisputeFiledEvent.class, filed -> {
                    assertThat(filed.exemption()).isEqualTo(MediationExemption.DOMESTIC_WORKER);
                    assertThat(filed.deadlines()).hasSize(2);
                }))
                .expectState(statusIs(DisputeStatus.AWAITING_MEDIATOR));
    }
}
