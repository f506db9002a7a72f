package vn.laborcases.api.inspection;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Closes the case; refused while a remediation is neither verified nor waived.
 */
public record CloseInspectionCommand(
        @TargetAggregateIdentifier InspectionId inspectionId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate closedOn,
        String reason) {
}
