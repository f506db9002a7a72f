package vn.laborcases.api.arrears;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A claim line was added. The minimum-wage check is derived from the wage and the regional minimum of each month, never typed in; SI lines carry the day they become evasion.
 */
public record ClaimLineAddedEvent(
        ComplaintId complaintId,
        int lineNo,
        ClaimKind kind,
        YearMonth periodFrom,
        YearMonth periodTo,
        long principal,
        LocalDate dueOn,
        Long monthlyWagePerWorker,
        MinimumWageCheck minimumWage,
        LocalDate evasionFrom) {
}
