package vn.laborcases.api.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records the strike decision and its vote (Art 202: more than half must agree).
 */
public record RecordStrikeDecisionCommand(
        @TargetAggregateIdentifier DisputeId disputeId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate decidedOn,
        int consulted,
        int inFavour) {
}
