package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * The case file was closed; statusAtClosure is where it stood.
 */
public record DisputeClosedEvent(
        DisputeId disputeId,
        LocalDate closedOn,
        String reason,
        DisputeStatus statusAtClosure) {
}
