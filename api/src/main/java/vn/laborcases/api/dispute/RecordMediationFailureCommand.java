package vn.laborcases.api.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that the mediation ended without agreement.
 */
public record RecordMediationFailureCommand(
        @TargetAggregateIdentifier DisputeId disputeId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate failedOn,
        String grounds) {
}
