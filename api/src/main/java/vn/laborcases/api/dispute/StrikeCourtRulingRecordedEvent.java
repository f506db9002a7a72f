package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * A court ruled on whether a strike was lawful.
 */
public record StrikeCourtRulingRecordedEvent(
        DisputeId disputeId,
        LocalDate ruledOn,
        boolean lawful,
        String court,
        String ruling) {
}
