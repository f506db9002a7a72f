package vn.laborcases.api.arrears;

import java.time.LocalDate;

/**
 * The amounts owed were determined; the claim lines are final.
 */
public record AmountsDeterminedEvent(
        ComplaintId complaintId,
        LocalDate determinedOn,
        long totalPrincipal,
        int lines) {
}
