package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * A closed case file was reopened at the status it had when closed.
 */
public record DisputeReopenedEvent(
        DisputeId disputeId,
        LocalDate reopenedOn,
        String reason,
        DisputeStatus restoredStatus) {
}
