package vn.laborcases.api.arrears;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.laborcases.api.dispute.DisputeId;

/**
 * Triage: the matter is a labor dispute; either an existing dispute case is linked, or a new one is asked for (linkedDispute null, newDisputeRequested true).
 */
public record TreatAsDisputeCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate triagedOn,
        DisputeId linkedDispute,
        boolean newDisputeRequested) {
}
