package vn.laborcases.rules.arrears;

import vn.laborcases.api.arrears.MinimumWageCheck;
import vn.laborcases.api.arrears.MonthlyMinimum;
import vn.laborcases.api.arrears.WageRegion;
import vn.laborcases.rules.RuleSet;
import vn.laborcases.rules.RuleSets;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a monthly wage with the regional minimum (Labor Code Art 91). Each month is judged by
 * the rule set in force on its first day, because the minimum-wage decrees take effect on the
 * first of a month; a period across 1 Jan 2026 is judged partly by Decree 74/2024 and partly by
 * Decree 293/2025.
 */
public final class MinimumWages {

    /** A claim period longer than this is refused as implausible rather than checked month by month. */
    public static final int MAX_PERIOD_MONTHS = 120;

    private MinimumWages() {
    }

    public static MinimumWageCheck check(long monthlyWagePerWorker, YearMonth from, YearMonth to, WageRegion region,
                                         RuleSets ruleSets) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A claim period cannot end (" + to + ") before it starts (" + from + ")");
        }
        if (from.plusMonths(MAX_PERIOD_MONTHS).isBefore(to)) {
            throw new IllegalArgumentException("A claim period is limited to " + MAX_PERIOD_MONTHS + " months");
        }
        List<MonthlyMinimum> short_ = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            RuleSet rules = ruleSets.effectiveOn(month.atDay(1));
            long minimum = rules.arrears().minimumMonthlyWage(region);
            if (monthlyWagePerWorker < minimum) {
                short_.add(new MonthlyMinimum(month, minimum, rules.version()));
            }
        }
        return new MinimumWageCheck(monthlyWagePerWorker, List.copyOf(short_));
    }

    public static boolean belowMinimum(MinimumWageCheck check) {
        return check != null && !check.shortMonths().isEmpty();
    }
}
