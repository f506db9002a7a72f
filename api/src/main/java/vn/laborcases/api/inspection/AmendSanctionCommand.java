package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Amends or settles a fine; the initial amount stays on record beside the new one.
 */
public record AmendSanctionCommand(
        @TargetAggregateIdentifier InspectionId inspectionId,
        @TargetAggregateVersion Long expectedVersion,
        UUID sanctionId,
        SanctionChange change,
        long newAmount,
        LocalDate amendedOn,
        String reason) {
}
