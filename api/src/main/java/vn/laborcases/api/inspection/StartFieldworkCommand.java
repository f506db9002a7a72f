package vn.laborcases.api.inspection;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records the start of direct inspection at the enterprise.
 */
public record StartFieldworkCommand(
        @TargetAggregateIdentifier InspectionId inspectionId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate startedOn) {
}
