package vn.laborcases.api.arrears;

import java.time.LocalDate;
import vn.laborcases.api.dispute.DisputeId;

/**
 * Triage found a labor dispute: linked to an existing dispute case, or a new one was asked for.
 */
public record ComplaintTreatedAsDisputeEvent(
        ComplaintId complaintId,
        LocalDate triagedOn,
        DisputeId linkedDispute,
        boolean newDisputeRequested) {
}
