package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Waives the verification of a remediation, with a reason and the person who approved it.
 */
public record WaiveRemediationCommand(
        @TargetAggregateIdentifier InspectionId inspectionId,
        @TargetAggregateVersion Long expectedVersion,
        UUID remediationId,
        LocalDate waivedOn,
        String reason,
        String approvedBy) {
}
