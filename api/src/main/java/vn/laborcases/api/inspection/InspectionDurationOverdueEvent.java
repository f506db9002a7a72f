package vn.laborcases.api.inspection;

import java.time.LocalDate;

/**
 * Fieldwork ran past the duration cap.
 */
public record InspectionDurationOverdueEvent(
        InspectionId inspectionId,
        LocalDate dueOn) {
}
