package vn.laborcases.rules;

/** A legal rule that a requested step would break, with the provision that sets it. */
public record RuleBreach(String article, String message) {
}
