package vn.laborcases.command.dispute;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.dispute.StrikeCourtRulingRecordedEvent;
import vn.laborcases.api.dispute.StrikeOpinionCollectionStartedEvent;
import vn.laborcases.api.dispute.StrikePostponedEvent;
import vn.laborcases.api.dispute.StrikeStage;
import vn.laborcases.api.dispute.StrikeStartedEvent;
import vn.laborcases.api.dispute.StrikeViolation;
import vn.laborcases.command.CaseRuleViolationException;
import vn.laborcases.rules.dispute.DisputeArticles;

import java.time.LocalDate;
import java.util.List;

import static vn.laborcases.command.Refusals.ruleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.laborcases.command.dispute.DisputeFixtures.*;
import static vn.laborcases.command.dispute.FixtureAssertions.*;
import static vn.laborcases.command.dispute.StrikeFixtures.*;

/**
 * The order of the strike steps (a step out of sequence is refused, unlike a broken rule), the
 * People's Committee chair's postponement or cancellation (Art 210), and court rulings on a strike.
 */
class DisputeCaseStrikeProcedureTest {

    private static final LocalDate CHAIR_DECIDED = LocalDate.of(2026, 3, 18);

    private AggregateTestFixture<DisputeCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = disputeFixture();
    }

    private static List<Object> strikeUnderWay() {
        return with(strikeNotified(), strikeStarted(EARLIEST_START));
    }

    // ---- steps out of sequence

    @Test
    void a_strike_decision_before_any_opinion_collection_is_refused() {
        fixture.given(interestDisputeAfterFailedMediation())
                .when(decideStrike(200, 151))
                .expectException(ruleViolation(DisputeArticles.STRIKE_DECISION))
                .expectExceptionMessage(containsString("the strike procedure is at no step yet"))
                .expectNoEvents();
    }

    @Test
    void a_strike_notice_before_the_decision_is_refused() {
        fixture.given(with(interestDisputeAfterFailedMediation(), opinionCollectionStarted()))
                .when(sendStrikeNotice(EARLIEST_START))
                .expectException(ruleViolation(DisputeArticles.STRIKE_NOTICE))
                .expectExceptionMessage(containsString("at OPINION_COLLECTION, and this step follows DECIDED"))
                .expectNoEvents();
    }

    @Test
    void a_second_decision_is_refused() {
        fixture.given(with(interestDisputeAfterFailedMediation(), opinionCollectionStarted(), strikeDecided()))
                .when(decideStrike(200, 180))
                .expectException(ruleViolation(DisputeArticles.STRIKE_DECISION))
                .expectNoEvents();
    }

    @Test
    void more_people_in_favour_than_were_consulted_is_refused() {
        fixture.given(with(interestDisputeAfterFailedMediation(), opinionCollectionStarted()))
                .when(decideStrike(200, 201))
                .expectException(ruleViolation(DisputeArticles.STRIKE_DECISION))
                .expectExceptionMessage(containsString("More people in favour (201) than were consulted (200)"))
                .expectNoEvents();
    }

    @Test
    void a_second_opinion_collection_while_one_is_under_way_is_refused() {
        fixture.given(with(interestDisputeAfterFailedMediation(), opinionCollectionStarted()))
                .when(startOpinionCollection())
                .expectException(ruleViolation(DisputeArticles.STRIKE_OPINION))
                .expectExceptionMessage(containsString("already under way (OPINION_COLLECTION)"))
                .expectNoEvents();
    }

    @Test
    void an_opinion_collection_while_a_strike_is_under_way_is_refused() {
        fixture.given(strikeUnderWay())
                .when(startOpinionCollection())
                .expectException(ruleViolation(DisputeArticles.STRIKE_OPINION))
                .expectNoEvents();
    }

    @Test
    void a_new_opinion_collection_may_begin_once_the_strike_has_ended() {
        fixture.given(with(strikeUnderWay(), strikeEnded(STRIKE_ENDED)))
                .when(startOpinionCollection(true, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2)))
                .expectEventsMatching(onlyEvent(StrikeOpinionCollectionStartedEvent.class,
                        started -> assertThat(started.violations()).isEmpty()))
                .expectState(dispute -> assertThat(dispute.state().strikeStage())
                        .isEqualTo(StrikeStage.OPINION_COLLECTION));
    }

    @Test
    void a_strike_already_under_way_cannot_start_again() {
        fixture.given(strikeUnderWay())
                .when(startStrike(EARLIEST_START.plusDays(3)))
                .expectException(CaseRuleViolationException.class)
                .expectExceptionMessage(containsString("already under way since 2026-03-20"))
                .expectNoEvents();
    }

    @Test
    void a_new_stoppage_after_an_ended_strike_has_no_procedure_behind_it() {
        fixture.given(with(strikeUnderWay(), strikeEnded(STRIKE_ENDED)))
                .when(startStrike(LocalDate.of(2026, 4, 6)))
                .expectEventsMatching(onlyEvent(StrikeStartedEvent.class, started ->
                        assertThat(articles(started.violations())).containsExactly(DisputeArticles.STRIKE_OPINION,
                                DisputeArticles.STRIKE_DECISION, DisputeArticles.STRIKE_NOTICE)));
    }

    @Test
    void ending_a_strike_that_never_started_is_refused() {
        fixture.given(interestDisputeAfterFailedMediation())
                .when(endStrike(STRIKE_ENDED))
                .expectException(CaseRuleViolationException.class)
                .expectExceptionMessage(containsString("Cannot record the end of a strike"))
                .expectNoEvents();
    }

    @Test
    void ending_a_strike_that_is_only_announced_is_refused() {
        fixture.given(strikeNotified())
                .when(endStrike(STRIKE_ENDED))
                .expectException(CaseRuleViolationException.class)
                .expectExceptionMessage(containsString("at NOTIFIED, and this step follows UNDER_WAY"))
                .expectNoEvents();
    }

    @Test
    void a_strike_cannot_end_before_it_started() {
        fixture.given(strikeUnderWay())
                .when(endStrike(EARLIEST_START.minusDays(1)))
                .expectException(CaseRuleViolationException.class)
                .expectExceptionMessage(containsString("cannot end (2026-03-19) before it started (2026-03-20)"))
                .expectNoEvents();
    }

    @Test
    void a_strike_may_end_on_the_day_it_started() {
        fixture.given(strikeUnderWay())
                .when(endStrike(EARLIEST_START))
                .expectEvents(strikeEnded(EARLIEST_START));
    }

    // ---- postponement and cancellation (Art 210)

    @Test
    void the_provincial_chair_may_postpone_an_announced_strike() {
        LocalDate until = LocalDate.of(2026, 3, 27);
        fixture.given(strikeNotified())
                .when(postponeStrike(CHAIR_DECIDED, until))
                .expectEvents(new StrikePostponedEvent(DISPUTE, CHAIR_DECIDED, until, false, PROVINCIAL_CHAIR))
                .expectState(dispute -> assertThat(dispute.state().strikeStage()).isEqualTo(StrikeStage.POSTPONED));
    }

    @Test
    void the_provincial_chair_may_cancel_a_strike() {
        fixture.given(strikeNotified())
                .when(cancelStrike(CHAIR_DECIDED))
                .expectEvents(new StrikePostponedEvent(DISPUTE, CHAIR_DECIDED, null, true, PROVINCIAL_CHAIR))
                .expectState(dispute -> assertThat(dispute.state().strikeStage()).isEqualTo(StrikeStage.CANCELLED));
    }

    @Test
    void a_new_opinion_collection_may_begin_after_a_cancellation() {
        fixture.given(with(strikeNotified(),
                        new StrikePostponedEvent(DISPUTE, CHAIR_DECIDED, null, true, PROVINCIAL_CHAIR)))
                .when(startOpinionCollection(true, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2)))
                .expectEventsMatching(onlyEvent(StrikeOpinionCollectionStartedEvent.class,
                        started -> assertThat(started.violations()).isEmpty()));
    }

    @Test
    void there_is_nothing_to_postpone_without_a_strike() {
        fixture.given(interestDisputeAfterFailedMediation())
                .when(postponeStrike(CHAIR_DECIDED, LocalDate.of(2026, 3, 27)))
                .expectException(ruleViolation(DisputeArticles.STRIKE_POSTPONED))
                .expectExceptionMessage(containsString("no strike to postpone or cancel"))
                .expectNoEvents();
    }

    @Test
    void there_is_nothing_to_postpone_once_the_strike_has_ended() {
        fixture.given(with(strikeUnderWay(), strikeEnded(STRIKE_ENDED)))
                .when(postponeStrike(LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 27)))
                .expectException(ruleViolation(DisputeArticles.STRIKE_POSTPONED))
                .expectNoEvents();
    }

    @Test
    void a_postponement_must_run_until_a_date_after_the_decision() {
        fixture.given(strikeNotified())
                .when(postponeStrike(CHAIR_DECIDED, CHAIR_DECIDED))
                .expectException(ruleViolation(DisputeArticles.STRIKE_POSTPONED))
                .expectExceptionMessage(containsString("postponedUntil date after the decision date"))
                .expectNoEvents();
    }

    @Test
    void a_postponement_without_an_end_date_is_refused() {
        fixture.given(strikeNotified())
                .when(postponeStrike(CHAIR_DECIDED, null))
                .expectException(ruleViolation(DisputeArticles.STRIKE_POSTPONED))
                .expectNoEvents();
    }

    // ---- court rulings on a strike

    @Test
    void a_court_may_find_a_flagged_strike_lawful() {
        var flagged = new StrikeStartedEvent(DISPUTE, EARLIEST_START, 180, false,
                List.of(new StrikeViolation(DisputeArticles.STRIKE_NOTICE, "late notice")),
                RULES_2026);
        fixture.given(with(strikeNotified(), flagged))
                .when(courtRulesOnStrike(true))
                .expectEvents(new StrikeCourtRulingRecordedEvent(DISPUTE, LocalDate.of(2026, 4, 20), true, COURT,
                        "The strike was lawful"))
                .expectState(dispute -> assertThat(dispute.state().strikeLawful()).isTrue());
    }

    @Test
    void a_court_may_find_a_strike_unlawful() {
        fixture.given(with(strikeUnderWay(), strikeEnded(STRIKE_ENDED)))
                .when(courtRulesOnStrike(false))
                .expectEventsMatching(onlyEvent(StrikeCourtRulingRecordedEvent.class,
                        ruling -> assertThat(ruling.lawful()).isFalse()))
                .expectState(dispute -> assertThat(dispute.state().strikeLawful()).isFalse());
    }

    @Test
    void a_court_ruling_needs_a_strike_to_rule_on() {
        fixture.given(interestDisputeAfterFailedMediation())
                .when(courtRulesOnStrike(false))
                .expectException(ruleViolation(null))
                .expectExceptionMessage(containsString("no strike on this dispute"))
                .expectNoEvents();
    }
}
