package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A remediation was not verified by its due date.
 */
public record RemediationOverdueEvent(
        InspectionId inspectionId,
        UUID remediationId,
        LocalDate dueOn) {
}
