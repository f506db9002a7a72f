package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.UUID;
import vn.laborcases.api.TaxCode;

/**
 * A violation was found. repeatOf names the earlier violation of the same category by the same enterprise, within the rule set's window, that makes it a repeat.
 */
public record FindingRecordedEvent(
        InspectionId inspectionId,
        UUID findingId,
        TaxCode taxCode,
        ViolationCategory category,
        String legalBasis,
        String description,
        int workersAffected,
        long amountOwed,
        LocalDate foundOn,
        boolean repeat,
        PriorFinding repeatOf,
        int repeatWindowMonths,
        String ruleSetVersion) {
}
