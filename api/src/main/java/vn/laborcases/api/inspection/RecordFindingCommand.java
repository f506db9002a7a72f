package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records a violation found. Whether it repeats an earlier violation is derived, never given.
 */
public record RecordFindingCommand(
        @TargetAggregateIdentifier InspectionId inspectionId,
        @TargetAggregateVersion Long expectedVersion,
        UUID findingId,
        ViolationCategory category,
        String legalBasis,
        String description,
        int workersAffected,
        long amountOwed,
        LocalDate foundOn) {
}
