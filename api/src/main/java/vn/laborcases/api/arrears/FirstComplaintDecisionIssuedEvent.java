package vn.laborcases.api.arrears;

import java.time.LocalDate;
import vn.laborcases.api.LegalDeadline;

/**
 * The first complaint decision was issued; a second complaint may be filed until secondComplaintFiling.
 */
public record FirstComplaintDecisionIssuedEvent(
        ComplaintId complaintId,
        LocalDate decidedOn,
        String decision,
        boolean late,
        LegalDeadline secondComplaintFiling,
        String ruleSetVersion) {
}
