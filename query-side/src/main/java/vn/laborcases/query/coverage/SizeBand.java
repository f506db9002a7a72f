package vn.laborcases.query.coverage;

/**
 * Enterprise size by headcount, as the coverage report groups it. UNKNOWN when the inspection
 * was opened without a headcount (a referral that did not state it).
 */
public enum SizeBand {
    MICRO_1_10("1-10"),
    SMALL_11_50("11-50"),
    MEDIUM_51_200("51-200"),
    LARGE_201_PLUS("201+"),
    UNKNOWN("unknown");

    private final String label;

    SizeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A headcount of zero or less is not a size anyone reports, so it counts as unknown. */
    public static SizeBand of(Integer headcount) {
        if (headcount == null || headcount < 1) {
            return UNKNOWN;
        }
        if (headcount <= 10) {
            return MICRO_1_10;
        }
        if (headcount <= 50) {
            return SMALL_11_50;
        }
        return headcount <= 200 ? MEDIUM_51_200 : LARGE_201_PLUS;
    }
}
