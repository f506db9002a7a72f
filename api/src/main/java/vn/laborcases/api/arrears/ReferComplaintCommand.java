package vn.laborcases.api.arrears;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Triage: the matter is referred to another body (inspection, SI office, police) with the scope it should look at.
 */
public record ReferComplaintCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate referredOn,
        ReferralTarget target,
        List<ReferralScope> scope,
        String grounds) {
}
