package vn.laborcases.api.inspection;

import java.time.LocalDate;

/**
 * The decision to inspect was issued.
 */
public record InspectionDecisionIssuedEvent(
        InspectionId inspectionId,
        String decisionNumber,
        LocalDate issuedOn,
        String leadInspector) {
}
