package vn.laborcases.api.inspection;

import java.time.LocalDate;

/**
 * The draft conclusion was appraised.
 */
public record DraftConclusionAppraisedEvent(
        InspectionId inspectionId,
        LocalDate appraisedOn,
        String appraiser,
        String opinion) {
}
