package vn.laborcases.api.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that a strike ended.
 */
public record RecordStrikeEndedCommand(
        @TargetAggregateIdentifier DisputeId disputeId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate endedOn) {
}
