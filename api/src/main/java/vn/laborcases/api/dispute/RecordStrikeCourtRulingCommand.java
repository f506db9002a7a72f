package vn.laborcases.api.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records a court's ruling on whether a strike was lawful.
 */
public record RecordStrikeCourtRulingCommand(
        @TargetAggregateIdentifier DisputeId disputeId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate ruledOn,
        boolean lawful,
        String court,
        String ruling) {
}
