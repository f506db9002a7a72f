package vn.laborcases.api.dispute;

/**
 * A rule a strike breaks, with the article that sets it (Art 204).
 */
public record StrikeViolation(
        String article,
        String rule) {
}
