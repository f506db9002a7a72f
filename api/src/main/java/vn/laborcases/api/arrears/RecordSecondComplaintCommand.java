package vn.laborcases.api.arrears;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records a second complaint, to the provincial labor inspector, filed and accepted on the dates given.
 */
public record RecordSecondComplaintCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate filedOn,
        LocalDate acceptedOn,
        boolean complex,
        boolean remoteArea) {
}
