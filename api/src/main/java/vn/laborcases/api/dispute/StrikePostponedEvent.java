package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * The provincial People's Committee chair postponed or cancelled a strike (Art 210).
 */
public record StrikePostponedEvent(
        DisputeId disputeId,
        LocalDate decidedOn,
        LocalDate postponedUntil,
        boolean cancelled,
        String decidedBy) {
}
