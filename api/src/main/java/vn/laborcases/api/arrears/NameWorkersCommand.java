package vn.laborcases.api.arrears;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.laborcases.api.personaldata.PersonIdentity;

/**
 * Names more workers of a complaint after its registration, in clear on the way in: each is sealed
 * under a new data subject's key before anything is recorded.
 */
public record NameWorkersCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        @TargetAggregateVersion Long expectedVersion,
        List<PersonIdentity> workers) {
}
