package vn.laborcases.api.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Requests the Labor Arbitration Council; both parties must consent (Art 189(1)).
 */
public record RequestArbitrationCommand(
        @TargetAggregateIdentifier DisputeId disputeId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate requestedOn,
        boolean workerSideConsents,
        boolean employerSideConsents) {
}
