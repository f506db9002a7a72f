package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * The dispute went to the People's Court.
 */
public record DisputeReferredToCourtEvent(
        DisputeId disputeId,
        LocalDate referredOn,
        String court,
        TimeBarCheck timeBar,
        String ruleSetVersion) {
}
