package vn.laborcases.api.inspection;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Extends the duration cap by a number of working days, for a stated reason.
 */
public record ExtendInspectionCommand(
        @TargetAggregateIdentifier InspectionId inspectionId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate extendedOn,
        int workingDays,
        String reason) {
}
