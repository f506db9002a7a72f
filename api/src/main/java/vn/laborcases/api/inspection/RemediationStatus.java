package vn.laborcases.api.inspection;

/** Where a remediation stands. */
public enum RemediationStatus {
    OPEN,
    OVERDUE,
    VERIFIED,
    WAIVED
}
