package vn.laborcases.api.arrears;

import java.time.LocalDate;

/**
 * The case file was closed; statusAtClosure is where it stood.
 */
public record ComplaintClosedEvent(
        ComplaintId complaintId,
        LocalDate closedOn,
        String reason,
        ComplaintStatus statusAtClosure) {
}
