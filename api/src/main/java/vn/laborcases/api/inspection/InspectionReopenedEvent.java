package vn.laborcases.api.inspection;

import java.time.LocalDate;

/**
 * A closed case was reopened where it stood.
 */
public record InspectionReopenedEvent(
        InspectionId inspectionId,
        LocalDate reopenedOn,
        String reason,
        InspectionStatus status) {
}
