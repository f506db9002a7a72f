package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment towards a fine was recorded.
 */
public record FinePaidEvent(
        InspectionId inspectionId,
        UUID sanctionId,
        long amount,
        LocalDate paidOn,
        long totalPaid,
        long outstanding) {
}
