package vn.laborcases.api.inspection;

import java.time.LocalDate;

/**
 * No draft conclusion was recorded by its deadline.
 */
public record DraftConclusionOverdueEvent(
        InspectionId inspectionId,
        LocalDate dueOn) {
}
