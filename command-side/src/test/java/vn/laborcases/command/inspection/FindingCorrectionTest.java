package vn.laborcases.command.inspection;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.inspection.*;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.GivenRecords.*;
import static vn.laborcases.command.Refusals.refused;
import static vn.laborcases.command.inspection.InspectionFixtures.*;

/** A finding recorded wrongly is corrected by a new event that points at the record it replaces. */
class FindingCorrectionTest {

    private static final String FOUND_AT = "2026-03-10T00:00+07:00";
    private static final String DESCRIPTION = "March wages paid 20 days late";
    private static final FindingFacts AS_FOUND = new FindingFacts(420, 1_260_000_000L, DESCRIPTION);

    private final AggregateTestFixture<InspectionCase> fixture = inspectionFixture();

    private static CorrectFindingCommand correct(String corrects, Integer workers, Long amount, String reason) {
        return new CorrectFindingCommand(INSPECTION, null, WAGES_FINDING, corrects, workers, amount, null, reason);
    }

    @Test
    void theCorrectionPointsAtTheFindingKeepsBothValuesAndTakesItsBusinessTime() {
        var given = fixture.given(with(inFieldwork(), recordedAt(wagesFound(420, null), FOUND_AT)));
        String found = eventId(fixture, INSPECTION.toString(), 4);

        given.when(correct(found, 480, null, "The payroll lists 480 workers"))
                .expectEventsMatching(correctionAt(new FindingCorrectedEvent(INSPECTION, WAGES_FINDING, found,
                        AS_FOUND, new FindingFacts(480, 1_260_000_000L, DESCRIPTION)), FOUND_AT))
                .expectState(inspection -> {
                    var finding = inspection.state().findings().get(0);
                    assertThat(finding.workersAffected()).isEqualTo(480);
                    assertThat(finding.category()).isEqualTo(ViolationCategory.WAGES_LATE_OR_SHORT);
                });
    }

    @Test
    void aCorrectionNamingASupersededRecordIsRefused() {
        var given = fixture.given(with(inFieldwork(), wagesFound(420, null),
                new FindingCorrectedEvent(INSPECTION, WAGES_FINDING, "the-finding", AS_FOUND,
                        new FindingFacts(480, 1_260_000_000L, DESCRIPTION))));
        String found = eventId(fixture, INSPECTION.toString(), 4);

        given.when(correct(found, 500, null, "Recount"))
                .expectException(refused(null, "is not the latest record of finding " + WAGES_FINDING))
                .expectNoEvents();
    }

    @Test
    void aCorrectionAfterTheConclusionCorrectsTheFactsTheFineIsJudgedBy() {
        fixture.given(concluded())
                .when(correct(null, null, 2_000_000_000L, "The arrears were understated"))
                .expectSuccessfulHandlerExecution()
                .expectState(inspection -> assertThat(inspection.state().findings().get(0).amountOwed())
                        .isEqualTo(2_000_000_000L));
    }

    @Test
    void noReasonNoChangeANegativeCountOrAnUnknownFindingIsRefused() {
        fixture.given(with(inFieldwork(), wagesFound(420, null)))
                .when(correct(null, 480, null, null))
                .expectException(IllegalArgumentException.class);
        inspectionFixture().given(with(inFieldwork(), wagesFound(420, null)))
                .when(correct(null, 420, 1_260_000_000L, "Same"))
                .expectException(IllegalArgumentException.class);
        inspectionFixture().given(with(inFieldwork(), wagesFound(420, null)))
                .when(correct(null, -1, null, "Typo"))
                .expectException(IllegalArgumentException.class);
        inspectionFixture().given(inFieldwork())
                .when(new CorrectFindingCommand(INSPECTION, null, UUID.randomUUID(), null, 1, null, null, "Typo"))
                .expectException(refused(null, "No finding"));
    }
}
