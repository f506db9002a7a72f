package vn.laborcases.api.arrears;

import java.time.LocalDate;

/**
 * The employer was notified of the claim.
 */
public record EmployerNotifiedEvent(
        ComplaintId complaintId,
        LocalDate notifiedOn,
        String channel) {
}
