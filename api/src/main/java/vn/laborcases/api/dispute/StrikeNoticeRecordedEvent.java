package vn.laborcases.api.dispute;

import java.time.LocalDate;
import java.util.List;

/**
 * The strike notice went out; earliestLawfulStart is the first day the strike may lawfully begin.
 */
public record StrikeNoticeRecordedEvent(
        DisputeId disputeId,
        LocalDate noticeSentOn,
        LocalDate plannedStartOn,
        LocalDate earliestLawfulStart,
        List<StrikeViolation> violations,
        String ruleSetVersion) {
}
