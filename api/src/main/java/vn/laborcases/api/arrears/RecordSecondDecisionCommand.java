package vn.laborcases.api.arrears;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records the second complaint decision; after it, only the court remains.
 */
public record RecordSecondDecisionCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate decidedOn,
        String decision) {
}
