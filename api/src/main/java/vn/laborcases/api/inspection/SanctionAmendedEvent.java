package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A fine was amended or settled. The initial amount is repeated beside the previous and the current one, so the record never loses it.
 */
public record SanctionAmendedEvent(
        InspectionId inspectionId,
        UUID sanctionId,
        SanctionChange change,
        long initialAmount,
        long previousAmount,
        long currentAmount,
        FineBand band,
        LocalDate amendedOn,
        String reason) {
}
