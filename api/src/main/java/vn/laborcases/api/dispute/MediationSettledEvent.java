package vn.laborcases.api.dispute;

import java.time.LocalDate;
import vn.laborcases.api.LegalDeadline;

/**
 * The parties settled before the mediator; the records are due to them by the deadline given.
 */
public record MediationSettledEvent(
        DisputeId disputeId,
        LocalDate settledOn,
        String terms,
        LegalDeadline recordsDelivery,
        String ruleSetVersion) {
}
