package vn.laborcases.api;

/** The statutory deadlines the system tracks, across all case types. */
public enum DeadlineKind {
    MEDIATOR_ASSIGNMENT,
    MEDIATION,
    MEDIATION_RECORDS_DELIVERY,
    ARBITRATION_PANEL_FORMATION,
    ARBITRATION_DECISION,
    // inspections
    INSPECTION_DURATION,
    DRAFT_CONCLUSION,
    REMEDIATION,
    // wage-arrears complaints
    COMPLAINT_ACCEPTANCE,
    FIRST_COMPLAINT_DECISION,
    SECOND_COMPLAINT_FILING,
    SECOND_COMPLAINT_DECISION
}
