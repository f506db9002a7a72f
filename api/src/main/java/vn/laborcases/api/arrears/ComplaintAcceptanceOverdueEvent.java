package vn.laborcases.api.arrears;

import java.time.LocalDate;

/**
 * The complaint was neither accepted nor refused by the statutory deadline.
 */
public record ComplaintAcceptanceOverdueEvent(
        ComplaintId complaintId,
        LocalDate dueOn) {
}
