package vn.laborcases.api.inspection;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Corrects a finding recorded wrongly: workers affected, amount owed or description (null keeps
 * the value on file). corrects optionally names the event id of the record being replaced, which
 * must be the latest record of the finding.
 */
public record CorrectFindingCommand(
        @TargetAggregateIdentifier InspectionId inspectionId,
        @TargetAggregateVersion Long expectedVersion,
        UUID findingId,
        String corrects,
        Integer workersAffected,
        Long amountOwed,
        String description,
        String reason) {
}
