package vn.laborcases.api.dispute;

import java.time.LocalDate;
import java.util.List;

/**
 * Opinion collection on a strike began. Violations found at this step are recorded with it.
 */
public record StrikeOpinionCollectionStartedEvent(
        DisputeId disputeId,
        String organiser,
        boolean organiserHasBargainingRights,
        OpinionCollectionMethod method,
        LocalDate employerNotifiedOn,
        LocalDate collectionStartsOn,
        List<StrikeViolation> violations,
        String ruleSetVersion) {
}
