package vn.laborcases.api.arrears;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Reopens a closed case file where it stood.
 */
public record ReopenComplaintCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate reopenedOn,
        String reason) {
}
