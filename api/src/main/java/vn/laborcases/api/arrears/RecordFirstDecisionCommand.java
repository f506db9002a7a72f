package vn.laborcases.api.arrears;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records the first complaint decision; the period for a second complaint starts.
 */
public record RecordFirstDecisionCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate decidedOn,
        String decision) {
}
