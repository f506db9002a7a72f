package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * The arbitration panel did not decide in time (Art 189(3)).
 */
public record ArbitrationDecisionLapsedEvent(
        DisputeId disputeId,
        LocalDate dueOn) {
}
