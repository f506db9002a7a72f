package vn.laborcases.api.inspection;

/**
 * The lawful range of a fine, in VND, for one offender, and the provision that sets it.
 */
public record FineBand(
        long min,
        long max,
        String article) {
}
