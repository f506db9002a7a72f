package vn.laborcases.api.arrears;

import java.util.List;

/**
 * The wage of a line compared with the regional minimum of each month of its period; shortMonths lists the months below it.
 */
public record MinimumWageCheck(
        long monthlyWagePerWorker,
        List<MonthlyMinimum> shortMonths) {
}
