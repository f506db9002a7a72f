package vn.laborcases.command.inspection;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.inspection.*;

import java.time.LocalDate;

import static vn.laborcases.command.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.inspection.InspectionFixtures.*;

/** Remediation, waivers, closing and reopening. */
class InspectionClosureTest {

    private static final LocalDate CLOSED_ON = LocalDate.of(2026, 7, 6);

    @Test
    void aRemediationIsOrderedForAFindingWithItsDeadline() {
        inspectionFixture().given(concluded())
                .when(orderRemedy())
                .expectEvents(remedyOrdered())
                .expectScheduledDeadline(lapseOf(REMEDY_DUE), new RemediationDue(REMEDIATION, REMEDY_DUE))
                .expectState(i -> assertThat(i.state().deadlines()).extracting(d -> d.dueOn()).containsExactly(REMEDY_DUE));
    }

    @Test
    void aRemediationDueOnItsOrderDayIsRefused() {
        inspectionFixture().given(concluded())
                .when(new OrderRemediationCommand(INSPECTION, null, REMEDIATION, WAGES_FINDING, "Pay", CONCLUDED, CONCLUDED))
                .expectException(refused(null, "due after the day it is ordered"));
    }

    @Test
    void verifyingInTimeIsNotLate_andNotTwice() {
        inspectionFixture().given(with(concluded(), remedyOrdered()))
                .when(new VerifyRemediationCommand(INSPECTION, null, REMEDIATION, REMEDY_DUE, "Receipts seen"))
                .expectEvents(new RemediationVerifiedEvent(INSPECTION, REMEDIATION, REMEDY_DUE, "Receipts seen", false));
        inspectionFixture().given(with(concluded(), remedyOrdered(),
                        new RemediationVerifiedEvent(INSPECTION, REMEDIATION, REMEDY_DUE, "Receipts seen", false)))
                .when(new VerifyRemediationCommand(INSPECTION, null, REMEDIATION, REMEDY_DUE, "Again"))
                .expectException(refused(null, "already VERIFIED"));
    }

    @Test
    void closingWithAnUnverifiedRemediationIsRefused() {
        inspectionFixture().given(with(concluded(), remedyOrdered()))
                .when(new CloseInspectionCommand(INSPECTION, null, CLOSED_ON, "File complete"))
                .expectException(refused("Decree 12/2022/ND-CP", "record a waiver with a reason and an approver"));
    }

    @Test
    void closingWithAnOverdueRemediationIsRefusedToo() {
        inspectionFixture().given(with(concluded(), remedyOrdered(),
                        new RemediationOverdueEvent(INSPECTION, REMEDIATION, REMEDY_DUE)))
                .when(new CloseInspectionCommand(INSPECTION, null, CLOSED_ON, "File complete"))
                .expectException(refused("Decree 12/2022/ND-CP", "is OVERDUE"));
    }

    @Test
    void aWaiverNeedsAReasonAndAnApprover() {
        inspectionFixture().given(with(concluded(), remedyOrdered()))
                .when(new WaiveRemediationCommand(INSPECTION, null, REMEDIATION, CLOSED_ON, "Enterprise dissolved", " "))
                .expectException(refused(null, "approved it"));
        inspectionFixture().given(with(concluded(), remedyOrdered()))
                .when(new WaiveRemediationCommand(INSPECTION, null, REMEDIATION, CLOSED_ON, "", "chief-inspector-79"))
                .expectException(refused(null, "needs a reason"));
    }

    @Test
    void closingAfterAWaiverIsAllowed() {
        inspectionFixture().given(with(concluded(), remedyOrdered(),
                        new RemediationWaivedEvent(INSPECTION, REMEDIATION, CLOSED_ON, "Enterprise dissolved", "chief-inspector-79")))
                .when(new CloseInspectionCommand(INSPECTION, null, CLOSED_ON, "File complete"))
                .expectEvents(new InspectionClosedEvent(INSPECTION, CLOSED_ON, "File complete", InspectionStatus.CONCLUDED));
    }

    @Test
    void closingAfterVerificationIsAllowed() {
        inspectionFixture().given(with(concluded(), remedyOrdered(),
                        new RemediationVerifiedEvent(INSPECTION, REMEDIATION, REMEDY_DUE, "Paid", false)))
                .when(new CloseInspectionCommand(INSPECTION, null, CLOSED_ON, "File complete"))
                .expectEvents(new InspectionClosedEvent(INSPECTION, CLOSED_ON, "File complete", InspectionStatus.CONCLUDED));
    }

    @Test
    void closingBeforeTheConclusionIsRefused() {
        inspectionFixture().given(reported())
                .when(new CloseInspectionCommand(INSPECTION, null, CLOSED_ON, "File complete"))
                .expectException(refused("Law on Inspection 84/2025/QH15 Art 34", "next, record the draft conclusion"));
    }

    @Test
    void aClosedCaseRefusesStepsUntilReopened() {
        var closed = with(concluded(), new InspectionClosedEvent(INSPECTION, CLOSED_ON, "File complete",
                InspectionStatus.CONCLUDED));
        inspectionFixture().given(closed)
                .when(orderRemedy())
                .expectException(refused(null, "reopen it"));
        inspectionFixture().given(closed)
                .when(new ReopenInspectionCommand(INSPECTION, null, CLOSED_ON.plusDays(3), "The wages were not paid after all"))
                .expectEvents(new InspectionReopenedEvent(INSPECTION, CLOSED_ON.plusDays(3),
                        "The wages were not paid after all", InspectionStatus.CONCLUDED))
                .expectState(i -> assertThat(i.state().status()).isEqualTo(InspectionStatus.CONCLUDED));
    }

    @Test
    void onlyAClosedCaseIsReopened_andWithAReason() {
        inspectionFixture().given(concluded())
                .when(new ReopenInspectionCommand(INSPECTION, null, CLOSED_ON, "Why not"))
                .expectException(refused(null, "Only a closed case"));
        inspectionFixture().given(with(concluded(), new InspectionClosedEvent(INSPECTION, CLOSED_ON, "Done",
                        InspectionStatus.CONCLUDED)))
                .when(new ReopenInspectionCommand(INSPECTION, null, CLOSED_ON, " "))
                .expectException(refused(null, "needs a reason"));
    }
}
