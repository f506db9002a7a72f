package vn.laborcases.api.inspection;

import java.time.LocalDate;

/**
 * The inspection conclusion was issued.
 */
public record InspectionConclusionIssuedEvent(
        InspectionId inspectionId,
        String conclusionNumber,
        LocalDate concludedOn,
        String summary) {
}
