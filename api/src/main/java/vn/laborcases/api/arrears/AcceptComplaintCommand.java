package vn.laborcases.api.arrears;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Accepts the complaint for a first decision; complex and remote-area complaints get the longer periods of Decree 24/2018.
 */
public record AcceptComplaintCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate acceptedOn,
        boolean complex,
        boolean remoteArea) {
}
