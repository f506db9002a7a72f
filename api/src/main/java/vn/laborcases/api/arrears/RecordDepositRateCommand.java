package vn.laborcases.api.arrears;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records the 1-month deposit rate of the employer's payroll bank (Labor Code Art 97(4)).
 */
public record RecordDepositRateCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        @TargetAggregateVersion Long expectedVersion,
        DepositRate rate) {
}
