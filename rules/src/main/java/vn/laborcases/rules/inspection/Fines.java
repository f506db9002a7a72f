package vn.laborcases.rules.inspection;

import vn.laborcases.api.inspection.FineBand;
import vn.laborcases.api.inspection.Offender;
import vn.laborcases.api.inspection.ViolationCategory;
import vn.laborcases.rules.RuleBreach;

import java.util.Optional;

/**
 * The fine bands of Decree 12/2022/ND-CP as the rule set holds them. A band is worked out for
 * the offender: the rule-set bands are for individuals, and an organisation pays the multiple
 * of Art 6 on both ends, cap included.
 */
public final class Fines {

    private Fines() {
    }

    /**
     * The band for a violation of {@code category} affecting {@code workers} workers, where
     * {@code amountPayable} VND was owed (used by the percentage bands); empty when the rule set
     * has no band for the category.
     */
    public static Optional<FineBand> band(ViolationCategory category, int workers, long amountPayable,
                                          Offender offender, InspectionRules rules) {
        if (workers < 0 || amountPayable < 0) {
            throw new IllegalArgumentException("Workers and amounts cannot be negative");
        }
        long multiple = offender == Offender.ORGANISATION ? rules.organisationFineMultiplier() : 1;
        return rules.fineBand(category).map(rule -> {
            if (rule.byWorkers() != null) {
                int counted = Math.max(workers, 1);
                var tier = rule.byWorkers().stream().filter(t -> t.covers(counted)).findFirst().orElseThrow();
                return new FineBand(tier.min() * multiple, tier.max() * multiple, rule.article());
            }
            var percent = rule.percentOfAmount();
            long cap = percent.cap() * multiple;
            // Rounded inwards, so that every amount in the band is at least the lower percentage
            // and at most the upper one.
            long min = Math.min(ceilPercent(amountPayable, percent.minPercent() * multiple), cap);
            long max = Math.min(Math.multiplyExact(amountPayable, percent.maxPercent() * multiple) / 100, cap);
            return new FineBand(min, Math.max(min, max), rule.article());
        });
    }

    /** Refuses an amount outside its band, naming the band and its article. */
    public static Optional<RuleBreach> outside(FineBand band, long amount) {
        if (amount >= band.min() && amount <= band.max()) {
            return Optional.empty();
        }
        return Optional.of(new RuleBreach(band.article(),
                "A fine of %,d VND is outside its band of %,d to %,d VND (%s); set an amount inside the band."
                        .formatted(amount, band.min(), band.max(), band.article())));
    }

    private static long ceilPercent(long amount, long percent) {
        return Math.floorDiv(Math.negateExact(Math.multiplyExact(amount, percent)), 100) * -1;
    }
}
