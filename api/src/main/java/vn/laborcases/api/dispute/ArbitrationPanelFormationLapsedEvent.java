package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * No arbitration panel was formed in time (Art 189(3)).
 */
public record ArbitrationPanelFormationLapsedEvent(
        DisputeId disputeId,
        LocalDate dueOn) {
}
