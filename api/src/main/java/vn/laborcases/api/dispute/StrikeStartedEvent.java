package vn.laborcases.api.dispute;

import java.time.LocalDate;
import java.util.List;

/**
 * A strike began. It is flagged unlawful, with every article it breaks, when any rule was not met.
 */
public record StrikeStartedEvent(
        DisputeId disputeId,
        LocalDate startedOn,
        int workersInvolved,
        boolean lawful,
        List<StrikeViolation> violations,
        String ruleSetVersion) {
}
