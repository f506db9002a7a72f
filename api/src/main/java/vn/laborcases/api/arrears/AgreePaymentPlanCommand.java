package vn.laborcases.api.arrears;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records the payment plan agreed with the employer; the instalments add up to what is still owed.
 */
public record AgreePaymentPlanCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate agreedOn,
        List<Instalment> instalments) {
}
