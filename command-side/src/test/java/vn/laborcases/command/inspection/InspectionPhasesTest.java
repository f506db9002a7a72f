package vn.laborcases.command.inspection;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.inspection.*;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static vn.laborcases.command.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.inspection.InspectionFixtures.*;

/** The phases of an inspection in their order, and the steps refused out of it. */
class InspectionPhasesTest {

    private static final String PROCEDURE = "Law on Inspection 84/2025/QH15";
    private AggregateTestFixture<InspectionCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = inspectionFixture();
    }

    @Test
    void aPlannedInspectionOpensWithItsNumberAndRuleSet() {
        fixture.givenNoPriorActivity()
                .when(start())
                .expectEvents(started())
                .expectState(i -> assertThat(i.state().status()).isEqualTo(InspectionStatus.OPENED));
    }

    @Test
    void theScopeIsRecordedDistinctInEnumOrder() {
        fixture.givenNoPriorActivity()
                .when(new StartInspectionCommand(INSPECTION, InspectionTrigger.PLANNED, null,
                        List.of(InspectionScope.OSH, InspectionScope.LABOR_LAW, InspectionScope.OSH), ENTERPRISE, OPENED, "Plan"))
                .expectSuccessfulHandlerExecution()
                .expectState(i -> assertThat(i.state().scope())
                        .containsExactly(InspectionScope.LABOR_LAW, InspectionScope.OSH));
    }

    @Test
    void anEmptyScopeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new StartInspectionCommand(INSPECTION, InspectionTrigger.PLANNED, null, List.of(), ENTERPRISE,
                        OPENED, "Plan"))
                .expectException(refused(PROCEDURE, "at least one of"));
    }

    @Test
    void aComplaintInspectionNamesItsSourceCase() {
        fixture.givenNoPriorActivity()
                .when(new StartInspectionCommand(INSPECTION, InspectionTrigger.COMPLAINT, null, SCOPE, ENTERPRISE,
                        OPENED, "Referred"))
                .expectException(refused(PROCEDURE, "source case"));
        var complaint = new CaseLink(CaseType.WAGE_ARREARS, UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
                vn.laborcases.api.CaseNumber.parse("WA-79-2026-000012"));
        inspectionFixture().givenNoPriorActivity()
                .when(new StartInspectionCommand(INSPECTION, InspectionTrigger.COMPLAINT, complaint, SCOPE, ENTERPRISE,
                        OPENED, "Referred"))
                .expectSuccessfulHandlerExecution()
                .expectState(i -> assertThat(i.state().source()).isEqualTo(complaint));
    }

    @Test
    void theWholePath_fromDecisionToConclusion() {
        fixture.givenCommands(start())
                .andGivenCommands(decide(), announce(), startFieldwork(), endFieldwork(FIELDWORK_ENDED), report(),
                        draft(DRAFTED), appraise())
                .when(conclude())
                .expectEvents(new InspectionConclusionIssuedEvent(INSPECTION, "45/KL-TTr", CONCLUDED, "Violations confirmed"))
                .expectState(i -> {
                    assertThat(i.state().status()).isEqualTo(InspectionStatus.CONCLUDED);
                    assertThat(i.state().deadlines()).isEmpty();
                });
    }

    @Test
    void theAnnouncementStartsTheDurationCap() {
        fixture.given(started(), new InspectionDecisionIssuedEvent(INSPECTION, "123/QĐ-TTr", DECIDED, "i"))
                .when(announce())
                .expectEvents(new InspectionAnnouncedEvent(INSPECTION, ANNOUNCED, cap(CAP_DUE), RULES))
                .expectScheduledDeadline(lapseOf(CAP_DUE), cap(CAP_DUE))
                .expectState(i -> assertThat(i.state().deadlines()).containsExactly(cap(CAP_DUE)));
    }

    @Test
    void theReportStartsTheDraftConclusionDeadline() {
        fixture.given(with(inFieldwork(), new FieldworkEndedEvent(INSPECTION, FIELDWORK_ENDED, false)))
                .when(report())
                .expectEvents(new ResultsReportSubmittedEvent(INSPECTION, REPORTED,
                        "Wages late for 3 months; SI at the wrong level",
                        new LegalDeadline(DeadlineKind.DRAFT_CONCLUSION, DRAFT_DUE, DRAFT_ARTICLE), RULES));
    }

    @Test
    void aStepOutOfOrderIsRefusedWithTheNextStep() {
        fixture.given(started())
                .when(announce())
                .expectException(refused(PROCEDURE, "next, issue the inspection decision"));
    }

    @Test
    void fieldworkCannotEndBeforeItStarts() {
        fixture.given(started(), new InspectionDecisionIssuedEvent(INSPECTION, "123/QĐ-TTr", DECIDED, "i"),
                        new InspectionAnnouncedEvent(INSPECTION, ANNOUNCED, cap(CAP_DUE), RULES))
                .when(endFieldwork(FIELDWORK_ENDED))
                .expectException(refused(PROCEDURE, "next, start the fieldwork"));
    }

    @Test
    void aStepDatedBeforeThePreviousOneIsRefused() {
        fixture.given(started())
                .when(new IssueInspectionDecisionCommand(INSPECTION, null, "1/QĐ", OPENED.minusDays(1), "i"))
                .expectException(refused(null, "before the previous step on " + OPENED));
    }

    @Test
    void noConclusionBeforeTheReport() {
        fixture.given(inFieldwork())
                .when(conclude())
                .expectException(refused(DRAFT_ARTICLE, "No conclusion before the results report"));
    }

    @Test
    void noConclusionBeforeTheAppraisal() {
        fixture.given(with(reported(), new DraftConclusionRecordedEvent(INSPECTION, DRAFTED, "Draft", false)))
                .when(conclude())
                .expectException(refused(DRAFT_ARTICLE, "must be appraised"));
        inspectionFixture().given(reported())
                .when(conclude())
                .expectException(refused(DRAFT_ARTICLE, "must be appraised"));
    }

    @Test
    void aDraftAfterItsDeadlineIsRecordedLate() {
        fixture.given(reported())
                .when(draft(DRAFT_DUE.plusDays(1)))
                .expectEvents(new DraftConclusionRecordedEvent(INSPECTION, DRAFT_DUE.plusDays(1), "Draft conclusion", true));
    }

    @Test
    void fieldworkEndingAfterTheCapIsLate() {
        fixture.given(inFieldwork())
                .when(endFieldwork(CAP_DUE.plusDays(1)))
                .expectEvents(new FieldworkEndedEvent(INSPECTION, CAP_DUE.plusDays(1), true));
    }

    @Test
    void anExtensionMovesTheCapAndNeedsAReason() {
        LocalDate extended = LocalDate.of(2026, 5, 21);
        fixture.given(inFieldwork())
                .when(new ExtendInspectionCommand(INSPECTION, null, LocalDate.of(2026, 5, 4), 10, "Second site in Long An"))
                .expectEvents(new InspectionExtendedEvent(INSPECTION, 1, LocalDate.of(2026, 5, 4), 10,
                        "Second site in Long An", CAP_DUE, cap(extended), RULES))
                .expectState(i -> assertThat(i.state().deadlines()).containsExactly(cap(extended)));
        inspectionFixture().given(inFieldwork())
                .when(new ExtendInspectionCommand(INSPECTION, null, LocalDate.of(2026, 5, 4), 10, " "))
                .expectException(refused(DURATION_BASIS, "needs a reason"));
    }

    @Test
    void aSecondExtensionOrATooLongOneIsRefused() {
        fixture.given(with(inFieldwork(), new InspectionExtendedEvent(INSPECTION, 1, LocalDate.of(2026, 5, 4), 10,
                        "Second site", CAP_DUE, cap(LocalDate.of(2026, 5, 21)), RULES)))
                .when(new ExtendInspectionCommand(INSPECTION, null, LocalDate.of(2026, 5, 18), 5, "More"))
                .expectException(refused(DURATION_BASIS, "the most allowed"));
        inspectionFixture().given(inFieldwork())
                .when(new ExtendInspectionCommand(INSPECTION, null, LocalDate.of(2026, 5, 4), 31, "Long"))
                .expectException(refused(DURATION_BASIS, "1 to 30"));
    }

    @Test
    void noExtensionAfterTheFieldworkEnded() {
        fixture.given(reported())
                .when(new ExtendInspectionCommand(INSPECTION, null, REPORTED, 5, "Late"))
                .expectException(refused(PROCEDURE, "fieldwork has ended"));
    }
}
