package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A fine was imposed inside its band; the band is the one for the offender, already doubled for an organisation.
 */
public record SanctionImposedEvent(
        InspectionId inspectionId,
        UUID sanctionId,
        UUID findingId,
        ViolationCategory category,
        Offender offender,
        long amount,
        FineBand band,
        String decisionNumber,
        LocalDate imposedOn,
        String ruleSetVersion) {
}
