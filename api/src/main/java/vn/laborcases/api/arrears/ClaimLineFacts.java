package vn.laborcases.api.arrears;

import java.time.YearMonth;

/**
 * The facts of a claim line that a correction may replace, with the minimum-wage check derived
 * from them by the same rule as when the line was added (null for a line without a wage).
 */
public record ClaimLineFacts(
        YearMonth periodFrom,
        YearMonth periodTo,
        long principal,
        Long monthlyWagePerWorker,
        MinimumWageCheck minimumWage) {
}
