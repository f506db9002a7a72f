package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * The mediation records reached both parties.
 */
public record MediationRecordsDeliveredEvent(
        DisputeId disputeId,
        LocalDate deliveredOn,
        boolean late) {
}
