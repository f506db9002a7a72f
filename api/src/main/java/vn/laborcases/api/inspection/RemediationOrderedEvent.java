package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A remediation was ordered for a finding, due on a date.
 */
public record RemediationOrderedEvent(
        InspectionId inspectionId,
        UUID remediationId,
        UUID findingId,
        String action,
        LocalDate orderedOn,
        LocalDate dueOn) {
}
