package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An earlier finding on file for the same enterprise and category.
 */
public record PriorFinding(
        InspectionId inspectionId,
        UUID findingId,
        LocalDate foundOn) {
}
