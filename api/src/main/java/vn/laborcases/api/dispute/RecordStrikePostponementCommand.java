package vn.laborcases.api.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records a postponement or cancellation of a strike by the provincial People's Committee chair (Art 210).
 */
public record RecordStrikePostponementCommand(
        @TargetAggregateIdentifier DisputeId disputeId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate decidedOn,
        LocalDate postponedUntil,
        boolean cancelled,
        String decidedBy) {
}
