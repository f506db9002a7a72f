package vn.laborcases.api.arrears;

import java.time.LocalDate;
import vn.laborcases.api.LegalDeadline;

/**
 * A second complaint was filed in time and accepted; its decision is due by secondDecision.
 */
public record SecondComplaintAcceptedEvent(
        ComplaintId complaintId,
        LocalDate filedOn,
        LocalDate acceptedOn,
        boolean complex,
        boolean remoteArea,
        LegalDeadline secondDecision,
        String ruleSetVersion) {
}
