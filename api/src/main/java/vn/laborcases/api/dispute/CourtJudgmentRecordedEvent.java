package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * The court judged the dispute.
 */
public record CourtJudgmentRecordedEvent(
        DisputeId disputeId,
        LocalDate judgedOn,
        String judgment) {
}
