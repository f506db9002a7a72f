package vn.laborcases.api.inspection;

import java.time.LocalDate;

/**
 * The case was closed; statusAtClosure is where it stood.
 */
public record InspectionClosedEvent(
        InspectionId inspectionId,
        LocalDate closedOn,
        String reason,
        InspectionStatus statusAtClosure) {
}
