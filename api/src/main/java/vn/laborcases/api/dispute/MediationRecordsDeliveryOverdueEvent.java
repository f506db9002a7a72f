package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * The mediation records did not reach the parties by the deadline.
 */
public record MediationRecordsDeliveryOverdueEvent(
        DisputeId disputeId,
        LocalDate dueOn) {
}
