package vn.laborcases.api.dispute;

import java.time.LocalDate;
import java.util.List;

/**
 * A strike decision was taken; adopted only with more than half in favour.
 */
public record StrikeDecisionRecordedEvent(
        DisputeId disputeId,
        LocalDate decidedOn,
        int consulted,
        int inFavour,
        boolean adopted,
        List<StrikeViolation> violations,
        String ruleSetVersion) {
}
