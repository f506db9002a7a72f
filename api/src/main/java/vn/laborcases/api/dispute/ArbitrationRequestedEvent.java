package vn.laborcases.api.dispute;

import java.time.LocalDate;
import vn.laborcases.api.LegalDeadline;

/**
 * Both parties asked the Labor Arbitration Council to resolve the dispute.
 */
public record ArbitrationRequestedEvent(
        DisputeId disputeId,
        LocalDate requestedOn,
        TimeBarCheck timeBar,
        LegalDeadline panelFormation,
        String ruleSetVersion) {
}
