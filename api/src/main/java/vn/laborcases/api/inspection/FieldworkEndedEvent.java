package vn.laborcases.api.inspection;

import java.time.LocalDate;

/**
 * Direct inspection at the enterprise ended; late when after the duration cap.
 */
public record FieldworkEndedEvent(
        InspectionId inspectionId,
        LocalDate endedOn,
        boolean late) {
}
