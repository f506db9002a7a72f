package vn.laborcases.api.arrears;

import java.time.YearMonth;

/**
 * The regional minimum monthly wage in force in a month, and the rule set that says so.
 */
public record MonthlyMinimum(
        YearMonth month,
        long minimum,
        String ruleSetVersion) {
}
