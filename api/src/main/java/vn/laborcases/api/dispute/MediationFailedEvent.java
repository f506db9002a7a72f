package vn.laborcases.api.dispute;

import java.time.LocalDate;
import vn.laborcases.api.LegalDeadline;

/**
 * The mediation failed: no agreement, or a party absent twice.
 */
public record MediationFailedEvent(
        DisputeId disputeId,
        LocalDate failedOn,
        MediationFailureReason reason,
        String grounds,
        LegalDeadline recordsDelivery,
        String ruleSetVersion) {
}
