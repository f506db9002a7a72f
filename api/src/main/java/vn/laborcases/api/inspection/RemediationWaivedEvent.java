package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Verification of a remediation was waived, for a reason and by an approver.
 */
public record RemediationWaivedEvent(
        InspectionId inspectionId,
        UUID remediationId,
        LocalDate waivedOn,
        String reason,
        String approvedBy) {
}
