package vn.laborcases.api.arrears;

/**
 * What a claim line is for. Wage kinds earn the late-wage compensation of Labor Code Art 97(4);
 * contribution kinds earn the SI Law's daily interest and become evasion when long unpaid.
 */
public enum ClaimKind {
    WAGES,
    OVERTIME,
    NIGHT_WORK,
    SEVERANCE,
    MINIMUM_WAGE_SHORTFALL,
    SOCIAL_INSURANCE,
    UNEMPLOYMENT_INSURANCE;

    /** Contributions collected by the SI office: interest per day late, evasion after the grace period. */
    public boolean isContribution() {
        return this == SOCIAL_INSURANCE || this == UNEMPLOYMENT_INSURANCE;
    }

    /** Pay for work done, to which Art 97(4) compensation applies. Severance is not wages (Art 46). */
    public boolean isWage() {
        return this == WAGES || this == OVERTIME || this == NIGHT_WORK || this == MINIMUM_WAGE_SHORTFALL;
    }
}
