package vn.laborcases.command.dispute;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.laborcases.api.dispute.CourtJudgmentRecordedEvent;
import vn.laborcases.api.dispute.DisputeClosedEvent;
import vn.laborcases.api.dispute.DisputeReopenedEvent;
import vn.laborcases.api.dispute.DisputeStatus;
import vn.laborcases.api.dispute.DisputeWithdrawnEvent;
import vn.laborcases.api.dispute.Forum;
import vn.laborcases.api.dispute.MediationSettledEvent;
import vn.laborcases.rules.dispute.DisputeArticles;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static vn.laborcases.command.Refusals.ruleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.laborcases.api.dispute.DisputeParty.WORKER_SIDE;
import static vn.laborcases.command.dispute.DisputeFixtures.*;
import static vn.laborcases.command.dispute.FixtureAssertions.*;
import static vn.laborcases.command.dispute.StrikeFixtures.*;

/** Withdrawal by the requester, closing the case file, and reopening it. */
class DisputeCaseClosureTest {

    private static final LocalDate LATER = LocalDate.of(2026, 5, 4);

    private AggregateTestFixture<DisputeCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = disputeFixture();
    }

    static Stream<Arguments> openDisputes() {
        return Stream.of(
                Arguments.of(Named.of("awaiting a mediator", individualDisputeFiled())),
                Arguments.of(Named.of("in mediation", individualDisputeInMediation())),
                Arguments.of(Named.of("after a failed mediation", individualDisputeAfterFailedMediation())),
                Arguments.of(Named.of("exempt from mediation", exemptDisputeFiled(Forum.COURT))),
                Arguments.of(Named.of("in arbitration", inArbitration())),
                Arguments.of(Named.of("in court", with(individualDisputeAfterFailedMediation(),
                        referredToCourt(LocalDate.of(2026, 4, 20))))));
    }

    @ParameterizedTest
    @MethodSource("openDisputes")
    void the_requester_may_withdraw_an_open_dispute(List<Object> history) {
        fixture.given(history)
                .when(withdraw(LATER))
                .expectEvents(new DisputeWithdrawnEvent(DISPUTE, LATER,
                        "The worker and the employer agreed out of court"))
                .expectState(statusIs(DisputeStatus.WITHDRAWN))
                .expectState(dispute -> assertThat(dispute.state().deadlines()).isEmpty());
    }

    static Stream<Arguments> endedDisputes() {
        return Stream.of(
                Arguments.of(Named.of("settled", with(individualDisputeInMediation(),
                        mediationSettled(MEDIATION_ENDED))), DisputeStatus.SETTLED),
                Arguments.of(Named.of("resolved by arbitration", with(inArbitration(), arbitrationDecided(DECIDED),
                        complianceRecorded(LATER, true))), DisputeStatus.RESOLVED),
                Arguments.of(Named.of("judged", with(individualDisputeAfterFailedMediation(),
                        referredToCourt(LocalDate.of(2026, 4, 20)),
                        new CourtJudgmentRecordedEvent(DISPUTE, LATER, "Upheld"))),
                        DisputeStatus.JUDGED),
                Arguments.of(Named.of("withdrawn", with(individualDisputeFiled(),
                        new DisputeWithdrawnEvent(DISPUTE, ASSIGNED, "Agreed"))), DisputeStatus.WITHDRAWN));
    }

    @ParameterizedTest
    @MethodSource("endedDisputes")
    void a_dispute_that_has_ended_cannot_be_withdrawn(List<Object> history, DisputeStatus status) {
        fixture.given(history)
                .when(withdraw(LATER.plusDays(1)))
                .expectException(ruleViolation(null))
                .expectExceptionMessage(containsString("already ended (" + status + ")"))
                .expectNoEvents();
    }

    static Stream<Arguments> anyDispute() {
        return Stream.concat(
                openDisputes().map(a -> Arguments.of(a.get()[0], null)),
                endedDisputes());
    }

    @ParameterizedTest
    @MethodSource("anyDispute")
    void the_case_file_may_be_closed_wherever_the_dispute_stands(List<Object> history, DisputeStatus ended) {
        fixture.given(history)
                .when(close(LATER.plusDays(1)))
                .expectEventsMatching(onlyEvent(DisputeClosedEvent.class, closed -> {
                    assertThat(closed.closedOn()).isEqualTo(LATER.plusDays(1));
                    assertThat(closed.statusAtClosure()).isNotEqualTo(DisputeStatus.CLOSED);
                    if (ended != null) {
                        assertThat(closed.statusAtClosure()).isEqualTo(ended);
                    }
                }))
                .expectState(statusIs(DisputeStatus.CLOSED))
                .expectState(dispute -> assertThat(dispute.state().deadlines()).isEmpty());
    }

    @Test
    void closing_records_where_the_dispute_stood() {
        fixture.given(individualDisputeInMediation())
                .when(close(LATER))
                .expectEvents(closed(LATER, DisputeStatus.IN_MEDIATION));
    }

    @Test
    void a_closed_case_cannot_be_closed_again() {
        fixture.given(with(individualDisputeFiled(), closed(ASSIGNED, DisputeStatus.AWAITING_MEDIATOR)))
                .when(close(LATER))
                .expectException(ruleViolation(null))
                .expectExceptionMessage(containsString("The case is closed; reopen it"))
                .expectNoEvents();
    }

    static Stream<Arguments> everyStepButReopening() {
        return Stream.of(
                assignMediator(LATER), absence(WORKER_SIDE, LATER), settle(LATER), fail(LATER),
                deliverRecords(LATER), requestArbitration(LATER), formPanel(LATER), issueDecision(LATER),
                recordCompliance(LATER, true), referToCourt(LATER), recordJudgment(LATER), withdraw(LATER),
                close(LATER), startOpinionCollection(), decideStrike(200, 151), sendStrikeNotice(EARLIEST_START),
                startStrike(EARLIEST_START), endStrike(STRIKE_ENDED), postponeStrike(LATER, LATER.plusDays(7)),
                courtRulesOnStrike(true)
        ).map(command -> Arguments.of(Named.of(command.getClass().getSimpleName(), command)));
    }

    @ParameterizedTest
    @MethodSource("everyStepButReopening")
    void no_step_is_recorded_on_a_closed_case(Object command) {
        fixture.given(with(strikeNotified(), closed(LocalDate.of(2026, 3, 16), DisputeStatus.MEDIATION_FAILED)))
                .when(command)
                .expectException(ruleViolation(null))
                .expectExceptionMessage(containsString("The case is closed; reopen it before recording a step."))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void reopening_restores_the_status_the_dispute_had_when_closed() {
        fixture.given(with(individualDisputeInMediation(), closed(LocalDate.of(2026, 3, 4), DisputeStatus.IN_MEDIATION)))
                .when(reopen(MEDIATION_ENDED))
                .expectEvents(new DisputeReopenedEvent(DISPUTE, MEDIATION_ENDED, "New evidence from the worker",
                        DisputeStatus.IN_MEDIATION))
                .expectState(statusIs(DisputeStatus.IN_MEDIATION));
    }

    @Test
    void a_reopened_withdrawn_dispute_is_withdrawn_again() {
        fixture.given(with(individualDisputeFiled(), new DisputeWithdrawnEvent(DISPUTE, ASSIGNED, "Agreed"),
                        closed(MEDIATION_ENDED, DisputeStatus.WITHDRAWN)))
                .when(reopen(LATER))
                .expectEventsMatching(onlyEvent(DisputeReopenedEvent.class,
                        reopened -> assertThat(reopened.restoredStatus()).isEqualTo(DisputeStatus.WITHDRAWN)))
                .expectState(statusIs(DisputeStatus.WITHDRAWN));
    }

    @Test
    void a_reopened_case_takes_steps_again() {
        fixture.given(with(individualDisputeInMediation(), closed(LocalDate.of(2026, 3, 4), DisputeStatus.IN_MEDIATION),
                        new DisputeReopenedEvent(DISPUTE, LocalDate.of(2026, 3, 5), "Mistake", DisputeStatus.IN_MEDIATION)))
                .when(settle(MEDIATION_ENDED))
                .expectEventsMatching(onlyEvent(MediationSettledEvent.class,
                        settled -> assertThat(settled.settledOn()).isEqualTo(MEDIATION_ENDED)))
                .expectState(statusIs(DisputeStatus.SETTLED));
    }

    @Test
    void an_open_case_cannot_be_reopened() {
        fixture.given(individualDisputeInMediation())
                .when(reopen(LATER))
                .expectException(ruleViolation(null))
                .expectExceptionMessage(containsString("Only a closed case can be reopened; this one is IN_MEDIATION"))
                .expectNoEvents();
    }

    @Test
    void a_case_reopened_once_cannot_be_reopened_twice() {
        fixture.given(with(individualDisputeFiled(), closed(ASSIGNED, DisputeStatus.AWAITING_MEDIATOR),
                        new DisputeReopenedEvent(DISPUTE, MEDIATION_ENDED, "Mistake", DisputeStatus.AWAITING_MEDIATOR)))
                .when(reopen(LATER))
                .expectException(ruleViolation(null))
                .expectNoEvents();
    }

    @Test
    void closing_clears_the_running_deadlines_so_none_of_them_lapses() {
        fixture.givenCurrentTime(startOf(RECEIVED))
                .andGivenCommands(filing().command(), assignMediator(ASSIGNED), settle(MEDIATION_ENDED),
                        close(MEDIATION_ENDED))
                .whenTimeAdvancesTo(lapseOf(MEDIATION_DUE))
                .expectTriggeredDeadlinesWithName(DisputeCase.STATUTORY_DEADLINE, DisputeCase.STATUTORY_DEADLINE,
                        DisputeCase.STATUTORY_DEADLINE)
                .expectNoEvents()
                .expectState(statusIs(DisputeStatus.CLOSED));
    }
}
