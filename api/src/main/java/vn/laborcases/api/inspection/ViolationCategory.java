package vn.laborcases.api.inspection;

/**
 * The kinds of violation that decide a fine's band (Decree 12/2022/ND-CP) and whether a
 * finding repeats an earlier one.
 */
public enum ViolationCategory {
    WAGES_LATE_OR_SHORT,
    BELOW_MINIMUM_WAGE,
    SI_LATE_OR_WRONG_LEVEL,
    SI_NOT_PAID,
    OSH,
    OTHER
}
