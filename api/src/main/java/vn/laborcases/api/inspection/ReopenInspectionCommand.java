package vn.laborcases.api.inspection;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Reopens a closed case where it stood, for a stated reason.
 */
public record ReopenInspectionCommand(
        @TargetAggregateIdentifier InspectionId inspectionId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate reopenedOn,
        String reason) {
}
