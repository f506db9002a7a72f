package vn.laborcases.api.arrears;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that the employer was notified of the claim.
 */
public record NotifyEmployerCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate notifiedOn,
        String channel) {
}
