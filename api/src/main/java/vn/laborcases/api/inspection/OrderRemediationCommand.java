package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Orders the enterprise to remedy a finding by a date.
 */
public record OrderRemediationCommand(
        @TargetAggregateIdentifier InspectionId inspectionId,
        @TargetAggregateVersion Long expectedVersion,
        UUID remediationId,
        UUID findingId,
        String action,
        LocalDate orderedOn,
        LocalDate dueOn) {
}
