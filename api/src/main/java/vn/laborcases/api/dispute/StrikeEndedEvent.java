package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * A strike ended.
 */
public record StrikeEndedEvent(
        DisputeId disputeId,
        LocalDate endedOn) {
}
