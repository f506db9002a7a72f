package vn.laborcases.api.inspection;

import java.time.LocalDate;
import vn.laborcases.api.LegalDeadline;

/**
 * The results report was submitted; the draft conclusion is due.
 */
public record ResultsReportSubmittedEvent(
        InspectionId inspectionId,
        LocalDate reportedOn,
        String summary,
        LegalDeadline draftConclusion,
        String ruleSetVersion) {
}
