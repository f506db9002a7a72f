package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Imposes a fine for a finding (Decree 12/2022/ND-CP); the amount must fall inside its band.
 */
public record ImposeSanctionCommand(
        @TargetAggregateIdentifier InspectionId inspectionId,
        @TargetAggregateVersion Long expectedVersion,
        UUID sanctionId,
        UUID findingId,
        Offender offender,
        long amount,
        String decisionNumber,
        LocalDate imposedOn) {
}
