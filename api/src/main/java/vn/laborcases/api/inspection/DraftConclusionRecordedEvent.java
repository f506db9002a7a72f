package vn.laborcases.api.inspection;

import java.time.LocalDate;

/**
 * The draft conclusion was recorded; late when after its deadline.
 */
public record DraftConclusionRecordedEvent(
        InspectionId inspectionId,
        LocalDate draftedOn,
        String summary,
        boolean late) {
}
