package vn.laborcases.api.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that a work stoppage ended.
 */
public record RecordWorkStoppageEndedCommand(
        @TargetAggregateIdentifier WorkStoppageId workStoppageId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate endedOn,
        String outcome) {
}
