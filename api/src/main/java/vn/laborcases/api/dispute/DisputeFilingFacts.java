package vn.laborcases.api.dispute;

/**
 * The facts of a dispute's filing that a correction may replace. The dates are not among them:
 * they drive the time bar, and changing them takes a reopening.
 */
public record DisputeFilingFacts(
        Integer workersInvolved,
        String summary,
        String employerName) {
}
