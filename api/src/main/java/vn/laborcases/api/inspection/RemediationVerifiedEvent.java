package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A remediation was verified done; late when after its due date.
 */
public record RemediationVerifiedEvent(
        InspectionId inspectionId,
        UUID remediationId,
        LocalDate verifiedOn,
        String note,
        boolean late) {
}
