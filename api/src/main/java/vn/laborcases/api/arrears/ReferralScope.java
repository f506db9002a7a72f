package vn.laborcases.api.arrears;

/** What the body a complaint is referred to should look at. */
public enum ReferralScope {
    LABOR_LAW,
    SOCIAL_INSURANCE,
    OSH
}
