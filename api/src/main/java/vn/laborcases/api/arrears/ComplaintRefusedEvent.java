package vn.laborcases.api.arrears;

import java.time.LocalDate;

/**
 * The complaint was refused with reasons; late when after the acceptance deadline.
 */
public record ComplaintRefusedEvent(
        ComplaintId complaintId,
        LocalDate refusedOn,
        String reasons,
        boolean late) {
}
