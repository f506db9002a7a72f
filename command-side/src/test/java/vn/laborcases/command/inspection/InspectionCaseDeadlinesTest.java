package vn.laborcases.command.inspection;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.inspection.*;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.inspection.InspectionFixtures.*;

/** Deadlines firing in the fixture's StubDeadlineManager: at the start of the day after the due day. */
class InspectionCaseDeadlinesTest {

    private AggregateTestFixture<InspectionCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = inspectionFixture();
    }

    @Test
    void fieldworkPastTheCapIsOverdue_notBefore() {
        fixture.givenCurrentTime(startOf(OPENED))
                .andGivenCommands(start(), decide(), announce(), startFieldwork())
                .whenTimeAdvancesTo(lapseOf(CAP_DUE).minusSeconds(1))
                .expectNoEvents();
        inspectionFixture().givenCurrentTime(startOf(OPENED))
                .andGivenCommands(start(), decide(), announce(), startFieldwork())
                .whenTimeAdvancesTo(lapseOf(CAP_DUE))
                .expectEvents(new InspectionDurationOverdueEvent(INSPECTION, CAP_DUE))
                .expectTriggeredDeadlinesWithName(InspectionCase.STATUTORY_DEADLINE)
                .expectState(i -> assertThat(i.state().deadlines()).isEmpty());
    }

    @Test
    void fieldworkEndedInTimeIsNeverOverdue() {
        fixture.givenCurrentTime(startOf(OPENED))
                .andGivenCommands(start(), decide(), announce(), startFieldwork(), endFieldwork(FIELDWORK_ENDED))
                .whenTimeAdvancesTo(lapseOf(CAP_DUE))
                .expectNoEvents();
    }

    @Test
    void anExtendedCapLapsesOnlyAtItsNewDate() {
        LocalDate extended = LocalDate.of(2026, 5, 21);
        fixture.givenCurrentTime(startOf(OPENED))
                .andGivenCommands(start(), decide(), announce(), startFieldwork(),
                        new ExtendInspectionCommand(INSPECTION, null, LocalDate.of(2026, 5, 4), 10, "Second site"))
                .whenTimeAdvancesTo(lapseOf(extended))
                .expectEvents(new InspectionDurationOverdueEvent(INSPECTION, extended));
    }

    @Test
    void aDraftNotRecordedInFiveWorkingDaysIsOverdue() {
        fixture.givenCurrentTime(startOf(OPENED))
                .andGivenCommands(start(), decide(), announce(), startFieldwork(), endFieldwork(FIELDWORK_ENDED), report())
                .whenTimeAdvancesTo(lapseOf(DRAFT_DUE))
                .expectEvents(new DraftConclusionOverdueEvent(INSPECTION, DRAFT_DUE));
    }

    @Test
    void aDraftRecordedInTimeIsNeverOverdue() {
        fixture.givenCurrentTime(startOf(OPENED))
                .andGivenCommands(start(), decide(), announce(), startFieldwork(), endFieldwork(FIELDWORK_ENDED),
                        report(), draft(DRAFTED))
                .whenTimeAdvancesTo(lapseOf(DRAFT_DUE))
                .expectNoEvents();
    }

    @Test
    void aRemediationNotVerifiedByItsDateIsOverdue_andItsVerificationIsThenLate() {
        fixture.givenCurrentTime(startOf(CONCLUDED))
                .andGiven(concluded())
                .andGivenCommands(orderRemedy())
                .whenTimeAdvancesTo(lapseOf(REMEDY_DUE))
                .expectEvents(new RemediationOverdueEvent(INSPECTION, REMEDIATION, REMEDY_DUE))
                .expectState(i -> assertThat(i.state().remediations().get(0).status())
                        .isEqualTo(RemediationStatus.OVERDUE));
        inspectionFixture().given(with(concluded(), remedyOrdered(),
                        new RemediationOverdueEvent(INSPECTION, REMEDIATION, REMEDY_DUE)))
                .when(new VerifyRemediationCommand(INSPECTION, null, REMEDIATION, REMEDY_DUE.plusDays(3), "Paid"))
                .expectEvents(new RemediationVerifiedEvent(INSPECTION, REMEDIATION, REMEDY_DUE.plusDays(3), "Paid", true));
    }

    @Test
    void aVerifiedRemediationIsNeverOverdue() {
        fixture.givenCurrentTime(startOf(CONCLUDED))
                .andGiven(concluded())
                .andGivenCommands(orderRemedy(),
                        new VerifyRemediationCommand(INSPECTION, null, REMEDIATION, REMEDY_DUE, "Paid on the due day"))
                .whenTimeAdvancesTo(lapseOf(REMEDY_DUE))
                .expectNoEvents()
                .expectState(i -> assertThat(i.state().deadlines()).isEmpty());
    }
}
