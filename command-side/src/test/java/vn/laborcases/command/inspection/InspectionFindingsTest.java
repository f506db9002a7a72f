package vn.laborcases.command.inspection;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.inspection.*;

import java.time.LocalDate;
import java.util.UUID;

import static vn.laborcases.command.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.inspection.InspectionFixtures.*;

/** Findings and the repeat flag, derived from the finding history (stubbed here). */
class InspectionFindingsTest {

    private static final InspectionId EARLIER = InspectionId.of("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

    @Test
    void aFirstViolationIsNotARepeat() {
        inspectionFixture().given(inFieldwork())
                .when(wagesFinding(420))
                .expectEvents(wagesFound(420, null));
    }

    @Test
    void theSameCategoryWithinTwelveMonthsIsARepeat() {
        var prior = new PriorFinding(EARLIER, UUID.fromString("d4000000-0000-4000-8000-000000000001"),
                FOUND.minusMonths(12));
        inspectionFixture(prior).given(inFieldwork())
                .when(wagesFinding(420))
                .expectEvents(wagesFound(420, prior))
                .expectState(i -> assertThat(i.state().findings().get(0).repeat()).isTrue());
    }

    @Test
    void aFindingOlderThanTheWindowIsNoRepeat() {
        var prior = new PriorFinding(EARLIER, UUID.randomUUID(), FOUND.minusMonths(12).minusDays(1));
        inspectionFixture(prior).given(inFieldwork())
                .when(wagesFinding(420))
                .expectEvents(wagesFound(420, null));
    }

    @Test
    void aFindingOfThisSameInspectionIsNoRepeat() {
        var own = new PriorFinding(INSPECTION, UUID.randomUUID(), FOUND);
        inspectionFixture(own).given(inFieldwork())
                .when(wagesFinding(420))
                .expectEvents(wagesFound(420, null));
    }

    @Test
    void findingsWaitForTheFieldwork() {
        inspectionFixture().given(started())
                .when(wagesFinding(420))
                .expectException(refused("Law on Inspection 84/2025/QH15", "from the start of the fieldwork"));
    }

    @Test
    void noFindingsAfterTheConclusion() {
        inspectionFixture().given(concluded())
                .when(new RecordFindingCommand(INSPECTION, null, SI_FINDING, ViolationCategory.SI_NOT_PAID, "SI Law Art 39",
                        "No SI for 12 workers", 12, 100_000_000, CONCLUDED))
                .expectException(refused("Law on Inspection 84/2025/QH15", "until the conclusion"));
    }

    @Test
    void aFindingOutsideTheScopeIsRefused() {
        inspectionFixture().given(inFieldwork())
                .when(new RecordFindingCommand(INSPECTION, null, SI_FINDING, ViolationCategory.OSH, "Labor Code Art 133",
                        "No safety training", 30, 0, FOUND))
                .expectException(refused("Law on Inspection 84/2025/QH15", "needs OSH in the inspection's scope"));
    }

    @Test
    void aFindingDatedBeforeTheFieldworkIsRefused() {
        inspectionFixture().given(inFieldwork())
                .when(new RecordFindingCommand(INSPECTION, null, SI_FINDING, ViolationCategory.SI_NOT_PAID, "SI Law Art 39",
                        "No SI", 12, 100_000_000, LocalDate.of(2026, 3, 1)))
                .expectException(refused(null, "before the fieldwork began"));
    }

    @Test
    void theSameFindingTwiceIsRefused() {
        inspectionFixture().given(with(inFieldwork(), wagesFound(420, null)))
                .when(wagesFinding(420))
                .expectException(refused(null, "already recorded"));
    }

    @Test
    void negativeFiguresAreRefused() {
        inspectionFixture().given(inFieldwork())
                .when(new RecordFindingCommand(INSPECTION, null, SI_FINDING, ViolationCategory.SI_NOT_PAID, "SI Law Art 39",
                        "No SI", 12, -1, FOUND))
                .expectException(refused(null, "cannot be negative"));
    }
}
