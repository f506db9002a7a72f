package vn.laborcases.api.inspection;

import java.time.LocalDate;

/**
 * Direct inspection at the enterprise began.
 */
public record FieldworkStartedEvent(
        InspectionId inspectionId,
        LocalDate startedOn) {
}
