package vn.laborcases.rules.arrears;

import vn.laborcases.api.arrears.WageRegion;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The wage- and SI-arrears periods, rates and amounts of one rule set: the complaint periods of
 * Decree 24/2018, the late-wage threshold of Labor Code Art 97(4), the SI interest and evasion
 * rules of SI Law 41/2024, and the regional minimum wages in force from the rule set's date.
 *
 * @param siInterestPerDay    the share of the late amount charged per day late (0.0003 = 0.03%)
 * @param siEvasionAfterDays  days after the due date during which unpaid contributions are only
 *                            late; the next day they are evasion
 * @param minimumMonthlyWages regional minimum monthly wage in VND, for every region
 * @param minimumWageSource   the decree that sets them
 */
public record ArrearsRules(
        int acceptanceWorkingDays,
        int firstDecisionDays,
        int firstDecisionComplexDays,
        int firstDecisionRemoteDays,
        int firstDecisionRemoteComplexDays,
        int secondComplaintFilingDays,
        int secondDecisionDays,
        int secondDecisionComplexOrRemoteDays,
        int lateWageThresholdDays,
        BigDecimal siInterestPerDay,
        int siEvasionAfterDays,
        Map<WageRegion, Long> minimumMonthlyWages,
        String minimumWageSource) {

    public ArrearsRules {
        Objects.requireNonNull(siInterestPerDay, "siInterestPerDay");
        Objects.requireNonNull(minimumMonthlyWages, "minimumMonthlyWages");
        Objects.requireNonNull(minimumWageSource, "minimumWageSource");
        for (WageRegion region : WageRegion.values()) {
            if (!minimumMonthlyWages.containsKey(region)) {
                throw new IllegalArgumentException("No minimum wage for region " + region);
            }
        }
        minimumMonthlyWages = Map.copyOf(new EnumMap<>(minimumMonthlyWages));
    }

    public long minimumMonthlyWage(WageRegion region) {
        return minimumMonthlyWages.get(region);
    }
}
