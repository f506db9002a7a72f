package vn.laborcases.api.arrears;

import java.time.LocalDate;
import vn.laborcases.api.LegalDeadline;

/**
 * No first decision by its deadline; the period for a second complaint runs from the lapse.
 */
public record FirstComplaintDecisionOverdueEvent(
        ComplaintId complaintId,
        LocalDate dueOn,
        LegalDeadline secondComplaintFiling,
        String ruleSetVersion) {
}
