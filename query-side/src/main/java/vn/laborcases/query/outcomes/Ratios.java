package vn.laborcases.query.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The formulas of the statistics reports, kept apart from SQL so they can be tested and read:
 * shares, means and medians. Each answers null where there is nothing to divide by, so that a
 * report never shows 0 % for "no data". Shares and means are rounded to four decimals.
 */
public final class Ratios {

    private Ratios() {
    }

    /** part / whole, or null when whole is 0. */
    public static Double share(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return round((double) part / whole);
    }

    /** Mediation success rate: settled / (settled + failed + lapsed). */
    public static Double mediationSuccessRate(long settled, long failed, long lapsed) {
        return share(settled, settled + failed + lapsed);
    }

    /** total / count, or null when count is 0. */
    public static Double mean(long total, long count) {
        return count <= 0 ? null : round((double) total / count);
    }

    /** The median of the values (the mean of the middle two for an even count), or null for none. */
    public static Double median(List<Integer> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle).doubleValue();
        }
        return round((sorted.get(middle - 1) + sorted.get(middle)) / 2.0);
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
