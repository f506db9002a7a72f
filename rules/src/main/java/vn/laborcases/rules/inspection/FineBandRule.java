package vn.laborcases.rules.inspection;

import vn.laborcases.api.inspection.ViolationCategory;

import java.util.List;

/**
 * The band of one violation for an individual: either by the number of workers affected, or a
 * percentage of the amount payable up to a cap. Exactly one of the two is given.
 */
public record FineBandRule(String article, List<WorkerTier> byWorkers, PercentBand percentOfAmount) {

    public FineBandRule {
        byWorkers = byWorkers == null ? null : List.copyOf(byWorkers);
    }

    /** A tier for {@code minWorkers} to {@code maxWorkers} workers (no upper end when null), in VND. */
    public record WorkerTier(int minWorkers, Integer maxWorkers, long min, long max) {
        boolean covers(int workers) {
            return workers >= minWorkers && (maxWorkers == null || workers <= maxWorkers);
        }
    }

    /** From {@code minPercent} to {@code maxPercent} of the amount payable, never above {@code cap} VND. */
    public record PercentBand(int minPercent, int maxPercent, long cap) {
    }

    void validate(ViolationCategory category) {
        if (article == null || article.isBlank() || (byWorkers == null) == (percentOfAmount == null)) {
            throw new IllegalArgumentException("The fine band of " + category
                    + " needs an article and either byWorkers or percentOfAmount");
        }
        if (byWorkers != null) {
            int next = 1;
            for (WorkerTier tier : byWorkers) {
                if (tier.minWorkers() != next || tier.min() > tier.max()) {
                    throw new IllegalArgumentException("The worker tiers of " + category
                            + " must start at 1 and follow on without gaps; the tier from " + tier.minWorkers() + " does not");
                }
                next = tier.maxWorkers() == null ? Integer.MAX_VALUE : tier.maxWorkers() + 1;
            }
            if (byWorkers.get(byWorkers.size() - 1).maxWorkers() != null) {
                throw new IllegalArgumentException("The last worker tier of " + category + " must be open-ended");
            }
        } else if (percentOfAmount.minPercent() > percentOfAmount.maxPercent()) {
            throw new IllegalArgumentException("The percentage band of " + category + " is upside down");
        }
    }
}
