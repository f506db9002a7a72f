package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * The mediation was not concluded within the statutory period (Art 188(2)); the parties may move on.
 */
public record MediationLapsedEvent(
        DisputeId disputeId,
        LocalDate dueOn) {
}
