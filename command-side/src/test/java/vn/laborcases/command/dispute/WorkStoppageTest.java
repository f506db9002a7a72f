package vn.laborcases.command.dispute;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.dispute.DisputeId;
import vn.laborcases.api.dispute.RecordWorkStoppageEndedCommand;
import vn.laborcases.api.dispute.ReportWorkStoppageCommand;
import vn.laborcases.api.dispute.StrikeViolation;
import vn.laborcases.api.dispute.WorkStoppageEndedEvent;
import vn.laborcases.api.dispute.WorkStoppageId;
import vn.laborcases.api.dispute.WorkStoppageReportedEvent;
import vn.laborcases.rules.dispute.DisputeArticles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static vn.laborcases.command.Refusals.ruleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.laborcases.command.dispute.DisputeFixtures.*;
import static vn.laborcases.command.dispute.FixtureAssertions.*;
import static vn.laborcases.command.dispute.StrikeFixtures.*;

/** Spontaneous collective work stoppages: always recorded, flagged unlawful instead of refused. */
class WorkStoppageTest {

    private static final WorkStoppageId STOPPAGE = new WorkStoppageId(UUID.fromString(
            "8d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e5f"));
    private static final LocalDate STARTED = LocalDate.of(2026, 3, 2);
    private static final List<String> DEMANDS = List.of("Raise the lunch allowance to 35,000 VND",
            "Pay the Tết bonus promised in January");
    private static final List<StrikeViolation> SPONTANEOUS = List.of(
            new StrikeViolation(DisputeArticles.STRIKE_ORGANISER,
                    "Not organised by a workers' representative organisation with bargaining rights"),
            new StrikeViolation(DisputeArticles.STRIKE_OPINION,
                    "No opinion collection, decision or notice under Arts 201-202"));

    private AggregateTestFixture<WorkStoppage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkStoppage.class);
        fixture.registerInjectableResource(LAW);
        fixture.registerInjectableResource(firstNumberOfTheYear());
    }

    private static ReportWorkStoppageCommand report(DisputeId relatedDispute) {
        return new ReportWorkStoppageCommand(STOPPAGE, PROVINCE, EMPLOYER, EMPLOYER_NAME, 1200, DEMANDS, STARTED,
                relatedDispute);
    }

    private static WorkStoppageReportedEvent reported() {
        return new WorkStoppageReportedEvent(STOPPAGE, caseNumber(CaseType.WORK_STOPPAGE, 2026), PROVINCE, EMPLOYER,
                EMPLOYER_NAME, 1200, DEMANDS, STARTED, null, false, SPONTANEOUS, RULES_2026);
    }

    private static RecordWorkStoppageEndedCommand end(LocalDate on) {
        return new RecordWorkStoppageEndedCommand(STOPPAGE, null, on, "Workers returned after the employer agreed");
    }

    @Test
    void a_spontaneous_stoppage_is_recorded_and_flagged_unlawful_with_a_work_stoppage_number() {
        fixture.givenNoPriorActivity()
                .when(report(null))
                .expectEvents(reported())
                .expectResultMessagePayloadMatching(satisfying(WorkStoppageState.class, state -> {
                    assertThat(state.caseNumber()).isEqualTo("WS-79-2026-000001");
                    assertThat(state.lawful()).isFalse();
                    assertThat(articles(state.violations())).containsExactly(DisputeArticles.STRIKE_ORGANISER,
                            DisputeArticles.STRIKE_OPINION);
                    assertThat(state.endedOn()).isNull();
                }));
    }

    @Test
    void a_stoppage_linked_to_a_dispute_is_still_flagged() {
        fixture.givenNoPriorActivity()
                .when(report(DISPUTE))
                .expectEventsMatching(onlyEvent(WorkStoppageReportedEvent.class, reported -> {
                    assertThat(reported.relatedDisputeId()).isEqualTo(DISPUTE);
                    assertThat(reported.lawful()).isFalse();
                    assertThat(reported.violations()).isEqualTo(SPONTANEOUS);
                }));
    }

    @Test
    void a_stoppage_in_2024_is_numbered_for_2024_under_the_2021_rules() {
        fixture.givenNoPriorActivity()
                .when(new ReportWorkStoppageCommand(STOPPAGE, PROVINCE, EMPLOYER, EMPLOYER_NAME, 300, DEMANDS,
                        LocalDate.of(2024, 11, 4), null))
                .expectEventsMatching(onlyEvent(WorkStoppageReportedEvent.class, reported -> {
                    assertThat(reported.caseNumber().value()).isEqualTo("WS-79-2024-000001");
                    assertThat(reported.ruleSetVersion()).isEqualTo("VN-2024.07");
                }));
    }

    @Test
    void the_end_of_a_stoppage_is_recorded() {
        LocalDate ended = LocalDate.of(2026, 3, 4);
        fixture.given(reported())
                .when(end(ended))
                .expectEvents(new WorkStoppageEndedEvent(STOPPAGE, ended, "Workers returned after the employer agreed"))
                .expectResultMessagePayloadMatching(satisfying(WorkStoppageState.class,
                        state -> assertThat(state.endedOn()).isEqualTo(ended)));
    }

    @Test
    void a_stoppage_may_end_on_the_day_it_started() {
        fixture.given(reported())
                .when(end(STARTED))
                .expectEventsMatching(onlyEvent(WorkStoppageEndedEvent.class,
                        ended -> assertThat(ended.endedOn()).isEqualTo(STARTED)));
    }

    @Test
    void a_stoppage_cannot_end_twice() {
        fixture.given(reported(), new WorkStoppageEndedEvent(STOPPAGE, LocalDate.of(2026, 3, 4), "Returned"))
                .when(end(LocalDate.of(2026, 3, 5)))
                .expectException(ruleViolation(null))
                .expectExceptionMessage(containsString("already ended on 2026-03-04"))
                .expectNoEvents();
    }

    @Test
    void a_stoppage_cannot_end_before_it_started() {
        fixture.given(reported())
                .when(end(STARTED.minusDays(1)))
                .expectException(ruleViolation(null))
                .expectExceptionMessage(containsString("cannot end (2026-03-01) before it started (2026-03-02)"))
                .expectNoEvents();
    }
}
