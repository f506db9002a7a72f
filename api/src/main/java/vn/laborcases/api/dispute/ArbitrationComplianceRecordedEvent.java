package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * Whether a party complied with the arbitration decision.
 */
public record ArbitrationComplianceRecordedEvent(
        DisputeId disputeId,
        LocalDate recordedOn,
        boolean complied,
        String note) {
}
