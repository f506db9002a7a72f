package vn.laborcases.command.inspection;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.inspection.*;
import vn.laborcases.eventstore.StoredForm;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.inspection.InspectionFixtures.*;

/** A snapshot of an inspection, with its findings, fines and remediations, reads back equal. */
class InspectionSnapshotSerializationTest {

    private final ObjectMapper mapper = StoredForm.objectMapper();

    @Test
    void aConcludedInspectionWithAFineAndARemediation_readsBackEqual() throws Exception {
        var inspection = new InspectionCase();
        for (Object event : with(concluded(), fined(95_000_000),
                new SanctionAmendedEvent(INSPECTION, SANCTION, SanctionChange.SETTLEMENT, 95_000_000, 95_000_000,
                        85_000_000, wagesBandForOrganisation(), CONCLUDED, "Settled"),
                new FinePaidEvent(INSPECTION, SANCTION, 40_000_000, CONCLUDED, 40_000_000, 45_000_000),
                remedyOrdered(), new RemediationOverdueEvent(INSPECTION, REMEDIATION, REMEDY_DUE))) {
            apply(inspection, event);
        }

        InspectionCase restored = mapper.readValue(mapper.writeValueAsBytes(inspection), InspectionCase.class);

        assertThat(restored).usingRecursiveComparison().isEqualTo(inspection);
        assertThat(restored.sanctions.get(SANCTION).initialAmount()).isEqualTo(95_000_000);
        assertThat(restored.sanctions.get(SANCTION).outstanding()).isEqualTo(45_000_000);
    }

    /** Calls the case file's event-sourcing handler for the event's type. */
    private static void apply(InspectionCase inspection, Object event) throws Exception {
        var handler = InspectionCaseFile.class.getDeclaredMethod("on", event.getClass());
        handler.setAccessible(true);
        handler.invoke(inspection, event);
    }
}
