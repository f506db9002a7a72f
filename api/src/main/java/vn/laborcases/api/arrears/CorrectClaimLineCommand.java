package vn.laborcases.api.arrears;

import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Corrects a claim line recorded wrongly: its principal, period or monthly wage per worker (null
 * keeps the value on file). corrects optionally names the event id of the record being replaced,
 * which must be the latest record of the line. The kind and due date cannot be corrected.
 */
public record CorrectClaimLineCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        @TargetAggregateVersion Long expectedVersion,
        int lineNo,
        String corrects,
        YearMonth periodFrom,
        YearMonth periodTo,
        Long principal,
        Long monthlyWagePerWorker,
        String reason) {
}
