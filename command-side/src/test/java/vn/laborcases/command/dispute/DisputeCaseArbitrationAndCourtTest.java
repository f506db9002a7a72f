package vn.laborcases.command.dispute;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.dispute.ArbitrationComplianceRecordedEvent;
import vn.laborcases.api.dispute.ArbitrationDecisionIssuedEvent;
import vn.laborcases.api.dispute.ArbitrationDecisionLapsedEvent;
import vn.laborcases.api.dispute.ArbitrationPanelFormationLapsedEvent;
import vn.laborcases.api.dispute.ArbitrationPanelFormedEvent;
import vn.laborcases.api.dispute.ArbitrationRequestedEvent;
import vn.laborcases.api.dispute.CourtJudgmentRecordedEvent;
import vn.laborcases.api.dispute.DisputeReferredToCourtEvent;
import vn.laborcases.api.dispute.DisputeStatus;
import vn.laborcases.api.dispute.Forum;
import vn.laborcases.api.dispute.TimeBarCheck;
import vn.laborcases.rules.dispute.DisputeArticles;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static vn.laborcases.command.Refusals.ruleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.laborcases.command.dispute.DisputeFixtures.*;
import static vn.laborcases.command.dispute.FixtureAssertions.*;
import static vn.laborcases.command.dispute.StrikeFixtures.*;

/** Arbitration (Art 189) and the People's Court. */
class DisputeCaseArbitrationAndCourtTest {

    private static final LocalDate REFERRED = LocalDate.of(2026, 4, 20);

    private AggregateTestFixture<DisputeCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = disputeFixture();
    }

    // ---- requesting arbitration

    @Test
    void both_parties_may_take_a_failed_mediation_to_arbitration() {
        var panelDue = new LegalDeadline(DeadlineKind.ARBITRATION_PANEL_FORMATION, PANEL_DUE,
                DisputeArticles.ARBITRATION_PERIODS);
        fixture.given(individualDisputeAfterFailedMediation())
                .when(requestArbitration(ARBITRATION_REQUESTED))
                .expectEvents(new ArbitrationRequestedEvent(DISPUTE, ARBITRATION_REQUESTED,
                        new TimeBarCheck(Forum.ARBITRATION, DISCOVERED, ARBITRATION_REQUESTED,
                                LocalDate.of(2026, 10, 15), 0, false, null, DisputeArticles.TIME_BAR),
                        panelDue, RULES_2026))
                .expectScheduledDeadline(lapseOf(PANEL_DUE), panelDue)
                .expectState(statusIs(DisputeStatus.ARBITRATION_REQUESTED));
    }

    static Stream<Arguments> statesAfterMediation() {
        return Stream.of(
                Arguments.of(Named.of("mediation failed", individualDisputeAfterFailedMediation())),
                Arguments.of(Named.of("mediation lapsed", with(individualDisputeInMediation(), mediationLapsed()))),
                Arguments.of(Named.of("exempt from mediation", exemptDisputeFiled(Forum.ARBITRATION))));
    }

    @ParameterizedTest
    @MethodSource("statesAfterMediation")
    void arbitration_may_be_requested_once_mediation_is_over_or_exempt(List<Object> history) {
        fixture.given(history)
                .when(requestArbitration(ARBITRATION_REQUESTED))
                .expectEventsMatching(onlyEvent(ArbitrationRequestedEvent.class,
                        requested -> assertThat(requested.panelFormation().dueOn()).isEqualTo(PANEL_DUE)))
                .expectState(statusIs(DisputeStatus.ARBITRATION_REQUESTED));
    }

    @Test
    void arbitration_is_refused_while_the_mediation_is_under_way() {
        fixture.given(individualDisputeInMediation())
                .when(requestArbitration(MEDIATION_ENDED))
                .expectException(ruleViolation(DisputeArticles.ARBITRATION_CONSENT))
                .expectExceptionMessage(containsString("while the dispute is IN_MEDIATION"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void arbitration_without_the_worker_sides_consent_is_refused() {
        fixture.given(individualDisputeAfterFailedMediation())
                .when(requestArbitration(ARBITRATION_REQUESTED, false, true))
                .expectException(ruleViolation(DisputeArticles.ARBITRATION_CONSENT))
                .expectExceptionMessage(containsString("once the worker side agrees"))
                .expectNoEvents();
    }

    @Test
    void arbitration_without_the_employer_sides_consent_is_refused() {
        fixture.given(individualDisputeAfterFailedMediation())
                .when(requestArbitration(ARBITRATION_REQUESTED, true, false))
                .expectException(ruleViolation(DisputeArticles.ARBITRATION_CONSENT))
                .expectExceptionMessage(containsString("once the employer side agrees"))
                .expectNoEvents();
    }

    @Test
    void arbitration_requested_after_nine_months_is_refused() {
        // Discovered 15 Jan 2026: the last day to ask the arbitration council is Thu 15 Oct 2026.
        fixture.given(individualDisputeAfterFailedMediation())
                .when(requestArbitration(LocalDate.of(2026, 10, 16)))
                .expectException(ruleViolation(DisputeArticles.TIME_BAR))
                .expectExceptionMessage(containsString("after the time bar ended on 2026-10-15"))
                .expectNoEvents();
    }

    @Test
    void arbitration_requested_on_the_last_day_of_the_nine_months_is_accepted() {
        fixture.given(individualDisputeAfterFailedMediation())
                .when(requestArbitration(LocalDate.of(2026, 10, 15)))
                .expectEventsMatching(onlyEvent(ArbitrationRequestedEvent.class,
                        requested -> assertThat(requested.timeBar().barred()).isFalse()));
    }

    @Test
    void an_interest_dispute_has_no_time_bar_for_arbitration() {
        fixture.given(interestDisputeAfterFailedMediation())
                .when(requestArbitration(LocalDate.of(2027, 6, 1)))
                .expectEventsMatching(onlyEvent(ArbitrationRequestedEvent.class,
                        requested -> assertThat(requested.timeBar().limitOn()).isNull()));
    }

    // ---- the panel, its decision and compliance

    @Test
    void a_panel_formed_within_seven_working_days_is_on_time_and_must_decide_within_thirty_days() {
        var decisionDue = new LegalDeadline(DeadlineKind.ARBITRATION_DECISION, DECISION_DUE,
                DisputeArticles.ARBITRATION_PERIODS);
        fixture.given(with(individualDisputeAfterFailedMediation(), arbitrationRequested(ARBITRATION_REQUESTED)))
                .when(formPanel(PANEL_FORMED))
                .expectEvents(new ArbitrationPanelFormedEvent(DISPUTE, PANEL_FORMED, ARBITRATORS, false, decisionDue,
                        RULES_2026))
                .expectScheduledDeadline(lapseOf(DECISION_DUE), decisionDue)
                .expectState(statusIs(DisputeStatus.IN_ARBITRATION))
                .expectState(dispute -> assertThat(dispute.state().deadlines())
                        .extracting(LegalDeadline::kind).contains(DeadlineKind.ARBITRATION_DECISION)
                        .doesNotContain(DeadlineKind.ARBITRATION_PANEL_FORMATION));
    }

    @Test
    void a_panel_formed_after_seven_working_days_is_late() {
        LocalDate friday = PANEL_DUE.plusDays(1);
        fixture.given(with(individualDisputeAfterFailedMediation(), arbitrationRequested(ARBITRATION_REQUESTED)))
                .when(formPanel(friday))
                .expectEventsMatching(onlyEvent(ArbitrationPanelFormedEvent.class,
                        formed -> assertThat(formed.late()).isTrue()));
    }

    @Test
    void no_panel_is_formed_without_a_request() {
        fixture.given(individualDisputeAfterFailedMediation())
                .when(formPanel(PANEL_FORMED))
                .expectException(ruleViolation(DisputeArticles.ARBITRATION_PERIODS))
                .expectNoEvents();
    }

    @Test
    void no_panel_is_formed_once_formation_has_lapsed() {
        fixture.given(with(individualDisputeAfterFailedMediation(), arbitrationRequested(ARBITRATION_REQUESTED),
                        new ArbitrationPanelFormationLapsedEvent(DISPUTE, PANEL_DUE)))
                .when(formPanel(PANEL_DUE.plusDays(4)))
                .expectException(ruleViolation(DisputeArticles.ARBITRATION_PERIODS))
                .expectExceptionMessage(containsString("ARBITRATION_LAPSED"))
                .expectNoEvents();
    }

    @Test
    void a_decision_within_thirty_days_of_the_panel_is_on_time() {
        fixture.given(inArbitration())
                .when(issueDecision(DECIDED))
                .expectEvents(new ArbitrationDecisionIssuedEvent(DISPUTE, DECIDED, DECISION, false))
                .expectState(statusIs(DisputeStatus.ARBITRATION_DECIDED));
    }

    @Test
    void a_decision_after_thirty_days_is_late() {
        fixture.given(inArbitration())
                .when(issueDecision(DECISION_DUE.plusDays(1)))
                .expectEvents(new ArbitrationDecisionIssuedEvent(DISPUTE, DECISION_DUE.plusDays(1), DECISION, true));
    }

    @Test
    void a_decision_before_the_panel_is_formed_is_refused() {
        fixture.given(with(individualDisputeAfterFailedMediation(), arbitrationRequested(ARBITRATION_REQUESTED)))
                .when(issueDecision(DECIDED))
                .expectException(ruleViolation(DisputeArticles.ARBITRATION_PERIODS))
                .expectNoEvents();
    }

    @Test
    void compliance_with_the_decision_resolves_the_dispute() {
        fixture.given(with(inArbitration(), arbitrationDecided(DECIDED)))
                .when(recordCompliance(LocalDate.of(2026, 4, 20), true))
                .expectEvents(new ArbitrationComplianceRecordedEvent(DISPUTE, LocalDate.of(2026, 4, 20), true,
                        "Checked at the factory"))
                .expectState(statusIs(DisputeStatus.RESOLVED));
    }

    @Test
    void a_decision_not_complied_with_opens_the_way_to_court() {
        fixture.given(with(inArbitration(), arbitrationDecided(DECIDED)))
                .when(recordCompliance(LocalDate.of(2026, 4, 20), false))
                .expectEvents(new ArbitrationComplianceRecordedEvent(DISPUTE, LocalDate.of(2026, 4, 20), false,
                        "Checked at the factory"))
                .expectState(statusIs(DisputeStatus.ARBITRATION_NOT_COMPLIED));
    }

    @Test
    void compliance_before_a_decision_is_refused() {
        fixture.given(inArbitration())
                .when(recordCompliance(DECIDED, true))
                .expectException(ruleViolation(DisputeArticles.ARBITRATION_PERIODS))
                .expectNoEvents();
    }

    // ---- the People's Court

    @Test
    void a_failed_mediation_may_go_to_court_within_a_year() {
        fixture.given(individualDisputeAfterFailedMediation())
                .when(referToCourt(REFERRED))
                .expectEvents(new DisputeReferredToCourtEvent(DISPUTE, REFERRED, COURT,
                        new TimeBarCheck(Forum.COURT, DISCOVERED, REFERRED, LocalDate.of(2027, 1, 15), 0, false, null,
                                DisputeArticles.TIME_BAR), RULES_2026))
                .expectState(statusIs(DisputeStatus.IN_COURT));
    }

    static Stream<Arguments> statesOpenToCourt() {
        return Stream.of(
                Arguments.of(Named.of("mediation failed", individualDisputeAfterFailedMediation())),
                Arguments.of(Named.of("mediation lapsed", with(individualDisputeInMediation(), mediationLapsed()))),
                Arguments.of(Named.of("exempt from mediation", exemptDisputeFiled(Forum.COURT))),
                Arguments.of(Named.of("no panel formed in time", with(individualDisputeAfterFailedMediation(),
                        arbitrationRequested(ARBITRATION_REQUESTED),
                        new ArbitrationPanelFormationLapsedEvent(DISPUTE, PANEL_DUE)))),
                Arguments.of(Named.of("no decision in time", with(inArbitration(),
                        new ArbitrationDecisionLapsedEvent(DISPUTE, DECISION_DUE)))),
                Arguments.of(Named.of("decision not complied with", with(inArbitration(),
                        arbitrationDecided(DECIDED), complianceRecorded(DECIDED.plusDays(7), false)))));
    }

    @ParameterizedTest
    @MethodSource("statesOpenToCourt")
    void the_dispute_may_go_to_court(List<Object> history) {
        fixture.given(history)
                .when(referToCourt(REFERRED))
                .expectEventsMatching(onlyEvent(DisputeReferredToCourtEvent.class,
                        referred -> assertThat(referred.court()).isEqualTo(COURT)))
                .expectState(statusIs(DisputeStatus.IN_COURT));
    }

    @Test
    void no_court_filing_once_arbitration_is_requested() {
        fixture.given(with(individualDisputeAfterFailedMediation(), arbitrationRequested(ARBITRATION_REQUESTED)))
                .when(referToCourt(REFERRED))
                .expectException(ruleViolation(DisputeArticles.NO_COURT_DURING_ARBITRATION))
                .expectExceptionMessage(containsString("while the arbitration council handles the dispute"))
                .expectNoEvents();
    }

    @Test
    void no_court_filing_while_the_panel_is_deciding() {
        fixture.given(inArbitration())
                .when(referToCourt(REFERRED))
                .expectException(ruleViolation(DisputeArticles.NO_COURT_DURING_ARBITRATION))
                .expectNoEvents();
    }

    @Test
    void no_court_filing_while_the_mediation_is_under_way() {
        fixture.given(individualDisputeInMediation())
                .when(referToCourt(REFERRED))
                .expectException(ruleViolation(DisputeArticles.COURT))
                .expectNoEvents();
    }

    @Test
    void a_dispute_about_interests_never_goes_to_court() {
        fixture.given(interestDisputeAfterFailedMediation())
                .when(referToCourt(REFERRED))
                .expectException(ruleViolation(DisputeArticles.INTEREST_DISPUTE_FORUMS))
                .expectExceptionMessage(containsString("the court does not resolve it"))
                .expectNoEvents();
    }

    @Test
    void a_court_filing_after_a_year_is_refused() {
        fixture.given(individualDisputeAfterFailedMediation())
                .when(referToCourt(LocalDate.of(2027, 1, 18)))
                .expectException(ruleViolation(DisputeArticles.TIME_BAR))
                .expectExceptionMessage(containsString("2027-01-15"))
                .expectNoEvents();
    }

    @Test
    void the_judgment_of_the_court_is_recorded() {
        fixture.given(with(individualDisputeAfterFailedMediation(), referredToCourt(REFERRED)))
                .when(recordJudgment(LocalDate.of(2026, 7, 1)))
                .expectEvents(new CourtJudgmentRecordedEvent(DISPUTE, LocalDate.of(2026, 7, 1),
                        "The claim is upheld in full"))
                .expectState(statusIs(DisputeStatus.JUDGED));
    }

    @Test
    void a_judgment_is_refused_for_a_dispute_not_in_court() {
        fixture.given(individualDisputeAfterFailedMediation())
                .when(recordJudgment(LocalDate.of(2026, 7, 1)))
                .expectException(ruleViolation(DisputeArticles.COURT))
                .expectExceptionMessage(containsString("only when it is [IN_COURT]"))
                .expectNoEvents();
    }
}
