package vn.laborcases.command.dispute;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.laborcases.api.dispute.ArbitrationDecisionLapsedEvent;
import vn.laborcases.api.dispute.StrikeDecisionRecordedEvent;
import vn.laborcases.api.dispute.StrikeNoticeRecordedEvent;
import vn.laborcases.api.dispute.StrikeOpinionCollectionStartedEvent;
import vn.laborcases.api.dispute.StrikePostponedEvent;
import vn.laborcases.api.dispute.StrikeStage;
import vn.laborcases.api.dispute.StrikeStartedEvent;
import vn.laborcases.rules.dispute.DisputeArticles;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.dispute.DisputeFixtures.*;
import static vn.laborcases.command.dispute.FixtureAssertions.*;
import static vn.laborcases.command.dispute.StrikeFixtures.*;

/**
 * The strike procedure of an interest dispute (Arts 199-204): the lawful path, then each rule
 * broken. A strike that breaks a rule is recorded and flagged with the article, never refused.
 */
class DisputeCaseStrikeLegalityTest {

    private AggregateTestFixture<DisputeCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = disputeFixture();
    }

    // ---- the lawful path

    @Test
    void the_union_collects_opinions_after_telling_the_employer_the_day_before() {
        fixture.given(interestDisputeAfterFailedMediation())
                .when(startOpinionCollection())
                .expectEvents(opinionCollectionStarted())
                .expectState(dispute -> {
                    assertThat(dispute.state().strikeStage()).isEqualTo(StrikeStage.OPINION_COLLECTION);
                    assertThat(dispute.state().strikeViolations()).isEmpty();
                });
    }

    @Test
    void a_strike_is_decided_when_more_than_half_agree() {
        fixture.given(with(interestDisputeAfterFailedMediation(), opinionCollectionStarted()))
                .when(decideStrike(200, 151))
                .expectEvents(strikeDecided())
                .expectState(dispute -> assertThat(dispute.state().strikeStage()).isEqualTo(StrikeStage.DECIDED));
    }

    @Test
    void one_vote_over_half_is_enough() {
        fixture.given(with(interestDisputeAfterFailedMediation(), opinionCollectionStarted()))
                .when(decideStrike(200, 101))
                .expectEvents(new StrikeDecisionRecordedEvent(DISPUTE, STRIKE_DECIDED, 200, 101, true, List.of(),
                        RULES_2026));
    }

    @Test
    void the_notice_goes_out_five_working_days_before_the_planned_start() {
        fixture.given(with(interestDisputeAfterFailedMediation(), opinionCollectionStarted(), strikeDecided()))
                .when(sendStrikeNotice(EARLIEST_START))
                .expectEvents(strikeNoticeSent())
                .expectState(dispute -> assertThat(dispute.state().strikeStage()).isEqualTo(StrikeStage.NOTIFIED));
    }

    @Test
    void a_strike_that_followed_the_whole_procedure_starts_lawfully() {
        fixture.given(interestDisputeAfterFailedMediation())
                .andGivenCommands(startOpinionCollection(), decideStrike(200, 151), sendStrikeNotice(EARLIEST_START))
                .when(startStrike(EARLIEST_START))
                .expectEvents(strikeStarted(EARLIEST_START))
                .expectState(dispute -> {
                    assertThat(dispute.state().strikeStage()).isEqualTo(StrikeStage.UNDER_WAY);
                    assertThat(dispute.state().strikeLawful()).isTrue();
                    assertThat(dispute.state().strikeViolations()).isEmpty();
                });
    }

    @Test
    void the_end_of_a_strike_is_recorded() {
        fixture.given(with(strikeNotified(), strikeStarted(EARLIEST_START)))
                .when(endStrike(STRIKE_ENDED))
                .expectEvents(strikeEnded(STRIKE_ENDED))
                .expectState(dispute -> {
                    assertThat(dispute.state().strikeStage()).isEqualTo(StrikeStage.ENDED);
                    assertThat(dispute.state().strikeLawful()).isTrue();
                });
    }

    static Stream<Arguments> statesOpenToStrike() {
        return Stream.of(
                Arguments.of(Named.of("mediation lapsed",
                        List.of(filing().collectiveInterests().event(), mediationLapsed()))),
                Arguments.of(Named.of("arbitration decision lapsed", with(interestDisputeAfterFailedMediation(),
                        arbitrationRequested(ARBITRATION_REQUESTED), panelFormed(PANEL_FORMED),
                        new ArbitrationDecisionLapsedEvent(DISPUTE, DECISION_DUE)))),
                Arguments.of(Named.of("arbitration decision ignored", with(interestDisputeAfterFailedMediation(),
                        arbitrationRequested(ARBITRATION_REQUESTED), panelFormed(PANEL_FORMED),
                        arbitrationDecided(DECIDED), complianceRecorded(DECIDED.plusDays(7), false)))));
    }

    @ParameterizedTest
    @MethodSource("statesOpenToStrike")
    void a_strike_may_also_follow(List<Object> history) {
        fixture.given(history)
                .when(startOpinionCollection())
                .expectEventsMatching(onlyEvent(StrikeOpinionCollectionStartedEvent.class,
                        started -> assertThat(started.violations()).isEmpty()));
    }

    // ---- each rule broken is recorded with its article

    @Test
    void a_strike_over_an_individual_dispute_is_flagged_under_Art_199() {
        fixture.given(individualDisputeAfterFailedMediation())
                .when(startOpinionCollection())
                .expectEventsMatching(onlyEvent(StrikeOpinionCollectionStartedEvent.class, started -> {
                    assertThat(articles(started.violations())).containsExactly(DisputeArticles.RIGHT_TO_STRIKE);
                    assertThat(started.violations().get(0).rule()).contains("collective dispute about interests");
                }));
    }

    @Test
    void a_strike_while_the_mediation_is_still_running_is_flagged_under_Art_199() {
        fixture.given(interestDisputeInMediation())
                .when(startOpinionCollection())
                .expectEventsMatching(onlyEvent(StrikeOpinionCollectionStartedEvent.class, started -> {
                    assertThat(articles(started.violations())).containsExactly(DisputeArticles.RIGHT_TO_STRIKE);
                    assertThat(started.violations().get(0).rule()).contains("IN_MEDIATION");
                }));
    }

    @Test
    void a_strike_while_the_arbitration_council_handles_the_dispute_is_flagged_under_Art_204_4() {
        fixture.given(with(interestDisputeAfterFailedMediation(), arbitrationRequested(ARBITRATION_REQUESTED)))
                .when(startOpinionCollection())
                .expectEventsMatching(onlyEvent(StrikeOpinionCollectionStartedEvent.class, started ->
                        assertThat(articles(started.violations()))
                                .containsExactly(DisputeArticles.STRIKE_WHILE_HANDLED)));
    }

    @Test
    void a_strike_started_after_arbitration_was_requested_is_unlawful() {
        fixture.given(with(strikeNotified(), arbitrationRequested(LocalDate.of(2026, 3, 16))))
                .when(startStrike(EARLIEST_START))
                .expectEventsMatching(onlyEvent(StrikeStartedEvent.class, started -> {
                    assertThat(started.lawful()).isFalse();
                    assertThat(articles(started.violations())).containsExactly(DisputeArticles.STRIKE_WHILE_HANDLED);
                }));
    }

    @Test
    void an_organiser_without_bargaining_rights_is_flagged() {
        fixture.given(interestDisputeAfterFailedMediation())
                .when(startOpinionCollection(false, EMPLOYER_NOTIFIED, COLLECTION_STARTS))
                .expectEventsMatching(onlyEvent(StrikeOpinionCollectionStartedEvent.class, started ->
                        assertThat(articles(started.violations())).containsExactly(DisputeArticles.STRIKE_ORGANISER)));
    }

    @Test
    void an_employer_told_on_the_day_opinions_are_collected_is_told_too_late() {
        fixture.given(interestDisputeAfterFailedMediation())
                .when(startOpinionCollection(true, COLLECTION_STARTS, COLLECTION_STARTS))
                .expectEventsMatching(onlyEvent(StrikeOpinionCollectionStartedEvent.class, started -> {
                    assertThat(articles(started.violations())).containsExactly(DisputeArticles.STRIKE_OPINION);
                    assertThat(started.violations().get(0).rule()).contains("at least 1 day(s) before");
                }));
    }

    @Test
    void exactly_half_in_favour_does_not_adopt_the_strike() {
        fixture.given(with(interestDisputeAfterFailedMediation(), opinionCollectionStarted()))
                .when(decideStrike(200, 100))
                .expectEventsMatching(onlyEvent(StrikeDecisionRecordedEvent.class, decided -> {
                    assertThat(decided.adopted()).isFalse();
                    assertThat(articles(decided.violations())).containsExactly(DisputeArticles.STRIKE_DECISION);
                    assertThat(decided.violations().get(0).rule()).contains("Only 100 of 200 consulted agreed");
                }));
    }

    @Test
    void a_notice_less_than_five_working_days_ahead_is_flagged() {
        LocalDate thursday = EARLIEST_START.minusDays(1);
        fixture.given(with(interestDisputeAfterFailedMediation(), opinionCollectionStarted(), strikeDecided()))
                .when(sendStrikeNotice(thursday))
                .expectEventsMatching(onlyEvent(StrikeNoticeRecordedEvent.class, notice -> {
                    assertThat(notice.earliestLawfulStart()).isEqualTo(EARLIEST_START);
                    assertThat(articles(notice.violations())).containsExactly(DisputeArticles.STRIKE_NOTICE);
                    assertThat(notice.violations().get(0).rule()).contains("2026-03-20");
                }));
    }

    @Test
    void a_strike_started_before_the_notice_period_ran_out_is_unlawful() {
        fixture.given(strikeNotified())
                .when(startStrike(EARLIEST_START.minusDays(1)))
                .expectEventsMatching(onlyEvent(StrikeStartedEvent.class, started -> {
                    assertThat(started.lawful()).isFalse();
                    assertThat(articles(started.violations())).containsExactly(DisputeArticles.STRIKE_NOTICE);
                }))
                .expectState(dispute -> assertThat(dispute.state().strikeLawful()).isFalse());
    }

    @Test
    void a_strike_with_no_procedure_at_all_is_recorded_and_flagged_for_each_missing_step() {
        fixture.given(interestDisputeAfterFailedMediation())
                .when(startStrike(LocalDate.of(2026, 3, 9)))
                .expectEventsMatching(onlyEvent(StrikeStartedEvent.class, started -> {
                    assertThat(started.lawful()).isFalse();
                    assertThat(started.workersInvolved()).isEqualTo(180);
                    assertThat(articles(started.violations())).containsExactly(DisputeArticles.STRIKE_OPINION,
                            DisputeArticles.STRIKE_DECISION, DisputeArticles.STRIKE_NOTICE);
                }))
                .expectState(dispute -> assertThat(dispute.state().strikeStage()).isEqualTo(StrikeStage.UNDER_WAY));
    }

    @Test
    void a_strike_at_a_workplace_on_the_banned_list_is_unlawful() {
        fixture.given(strikeNotified())
                .when(startStrike(EARLIEST_START, true))
                .expectEventsMatching(onlyEvent(StrikeStartedEvent.class, started -> {
                    assertThat(started.lawful()).isFalse();
                    assertThat(articles(started.violations()))
                            .containsExactly(DisputeArticles.STRIKE_BANNED_WORKPLACE);
                }));
    }

    private static StrikePostponedEvent postponedUntil(LocalDate until) {
        return new StrikePostponedEvent(DISPUTE, LocalDate.of(2026, 3, 18), until, false, PROVINCIAL_CHAIR);
    }

    @Test
    void a_strike_started_during_a_postponement_is_unlawful() {
        LocalDate until = LocalDate.of(2026, 3, 27);
        fixture.given(with(strikeNotified(), postponedUntil(until)))
                .when(startStrike(until))
                .expectEventsMatching(onlyEvent(StrikeStartedEvent.class, started -> {
                    assertThat(started.lawful()).isFalse();
                    assertThat(articles(started.violations())).containsExactly(DisputeArticles.STRIKE_POSTPONED);
                    assertThat(started.violations().get(0).rule()).contains("postponed until 2026-03-27");
                }));
    }

    @Test
    void a_strike_started_after_the_postponement_ended_is_lawful() {
        fixture.given(with(strikeNotified(), postponedUntil(LocalDate.of(2026, 3, 27))))
                .when(startStrike(LocalDate.of(2026, 3, 30)))
                .expectEventsMatching(onlyEvent(StrikeStartedEvent.class, started -> {
                    assertThat(started.lawful()).isTrue();
                    assertThat(started.violations()).isEmpty();
                }));
    }

    @Test
    void a_strike_started_after_its_cancellation_is_unlawful() {
        fixture.given(with(strikeNotified(),
                        new StrikePostponedEvent(DISPUTE, LocalDate.of(2026, 3, 18), null, true, PROVINCIAL_CHAIR)))
                .when(startStrike(EARLIEST_START))
                .expectEventsMatching(onlyEvent(StrikeStartedEvent.class, started -> {
                    assertThat(started.lawful()).isFalse();
                    assertThat(articles(started.violations())).containsExactly(DisputeArticles.STRIKE_POSTPONED);
                    assertThat(started.violations().get(0).rule()).contains("cancelled");
                }));
    }

    @Test
    void a_rule_broken_early_in_the_procedure_still_makes_the_start_unlawful() {
        fixture.given(interestDisputeAfterFailedMediation())
                .andGivenCommands(startOpinionCollection(false, EMPLOYER_NOTIFIED, COLLECTION_STARTS),
                        decideStrike(200, 151), sendStrikeNotice(EARLIEST_START))
                .when(startStrike(EARLIEST_START))
                .expectEventsMatching(onlyEvent(StrikeStartedEvent.class, started -> {
                    assertThat(started.lawful()).isFalse();
                    assertThat(articles(started.violations())).containsExactly(DisputeArticles.STRIKE_ORGANISER);
                }))
                .expectState(dispute -> assertThat(articles(dispute.state().strikeViolations()))
                        .containsExactly(DisputeArticles.STRIKE_ORGANISER));
    }
}
