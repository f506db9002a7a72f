package vn.laborcases.api.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that a strike began. A strike that breaks a rule is recorded and flagged unlawful, never refused.
 */
public record RecordStrikeStartedCommand(
        @TargetAggregateIdentifier DisputeId disputeId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate startedOn,
        int workersInvolved,
        boolean workplaceOnBannedList) {
}
