package vn.laborcases.command.inspection;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.inspection.*;
import vn.laborcases.eventstore.StoredForm;

import java.time.Instant;
import java.util.Arrays;

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

    /**
     * Calls the case file's event-sourcing handler for the event's type; a handler that also takes
     * the event's id, business time and record time gets made-up ones.
     */
    private static void apply(InspectionCase inspection, Object event) throws Exception {
        var handler = Arrays.stream(InspectionCaseFile.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("on") && m.getParameterTypes()[0] == event.getClass())
                .findFirst().orElseThrow();
        handler.setAccessible(true);
        if (handler.getParameterCount() == 1) {
            handler.invoke(inspection, event);
        } else {
            handler.invoke(inspection, event, "event-" + event.getClass().getSimpleName(), "2026-03-12T00:00+07:00",
                    Instant.parse("2026-03-12T02:00:00Z"));
        }
    }
}
