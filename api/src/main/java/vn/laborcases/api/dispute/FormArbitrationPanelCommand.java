package vn.laborcases.api.dispute;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records the formation of the arbitration panel.
 */
public record FormArbitrationPanelCommand(
        @TargetAggregateIdentifier DisputeId disputeId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate formedOn,
        List<String> arbitrators) {
}
