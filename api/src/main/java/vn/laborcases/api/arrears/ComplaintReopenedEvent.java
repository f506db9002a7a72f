package vn.laborcases.api.arrears;

import java.time.LocalDate;

/**
 * A closed case file was reopened at the status it had when closed.
 */
public record ComplaintReopenedEvent(
        ComplaintId complaintId,
        LocalDate reopenedOn,
        String reason,
        ComplaintStatus restoredStatus) {
}
