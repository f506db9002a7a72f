package vn.laborcases.api.inspection;

/**
 * The facts of a finding that a correction may replace. The category is not among them: it
 * decides whether a later finding repeats this one.
 */
public record FindingFacts(
        int workersAffected,
        long amountOwed,
        String description) {
}
