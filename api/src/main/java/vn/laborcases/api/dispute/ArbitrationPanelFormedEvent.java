package vn.laborcases.api.dispute;

import java.time.LocalDate;
import java.util.List;
import vn.laborcases.api.LegalDeadline;

/**
 * The arbitration panel was formed; its decision is due by the deadline given.
 */
public record ArbitrationPanelFormedEvent(
        DisputeId disputeId,
        LocalDate formedOn,
        List<String> arbitrators,
        boolean late,
        LegalDeadline decision,
        String ruleSetVersion) {
}
