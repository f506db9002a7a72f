package vn.laborcases.api.arrears;

import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Adds a line of the claim: what is owed for a period of months. Wage lines give the monthly wage per worker, so that a wage below the regional minimum is flagged.
 */
public record AddClaimLineCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        @TargetAggregateVersion Long expectedVersion,
        ClaimKind kind,
        YearMonth periodFrom,
        YearMonth periodTo,
        long principal,
        LocalDate dueOn,
        Long monthlyWagePerWorker) {
}
