package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * The arbitration panel decided.
 */
public record ArbitrationDecisionIssuedEvent(
        DisputeId disputeId,
        LocalDate decidedOn,
        String decision,
        boolean late) {
}
