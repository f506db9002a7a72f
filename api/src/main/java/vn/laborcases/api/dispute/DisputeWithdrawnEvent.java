package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * The requester withdrew the dispute.
 */
public record DisputeWithdrawnEvent(
        DisputeId disputeId,
        LocalDate withdrawnOn,
        String reason) {
}
