package vn.laborcases.api.inspection;

/** What an inspection covers. */
public enum InspectionScope {
    LABOR_LAW,
    SOCIAL_INSURANCE,
    OSH
}
