package vn.laborcases.api.arrears;

import java.time.LocalDate;

/**
 * The period for a second complaint ended with none filed.
 */
public record SecondComplaintWindowClosedEvent(
        ComplaintId complaintId,
        LocalDate dueOn) {
}
