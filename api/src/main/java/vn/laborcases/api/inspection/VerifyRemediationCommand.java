package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that a remediation was verified done; still recordable after it became overdue.
 */
public record VerifyRemediationCommand(
        @TargetAggregateIdentifier InspectionId inspectionId,
        @TargetAggregateVersion Long expectedVersion,
        UUID remediationId,
        LocalDate verifiedOn,
        String note) {
}
