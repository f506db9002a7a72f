package vn.laborcases.api.arrears;

import java.time.LocalDate;
import vn.laborcases.api.LegalDeadline;

/**
 * The complaint was accepted; late when after the acceptance deadline. The first decision is due by firstDecision.
 */
public record ComplaintAcceptedEvent(
        ComplaintId complaintId,
        LocalDate acceptedOn,
        boolean late,
        boolean complex,
        boolean remoteArea,
        LegalDeadline firstDecision,
        String ruleSetVersion) {
}
