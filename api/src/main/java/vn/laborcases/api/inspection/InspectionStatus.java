package vn.laborcases.api.inspection;

/** The phase an inspection has reached, in the order of Law on Inspection 84/2025. */
public enum InspectionStatus {
    OPENED,
    DECISION_ISSUED,
    ANNOUNCED,
    IN_FIELDWORK,
    FIELDWORK_ENDED,
    REPORTED,
    DRAFT_CONCLUSION,
    APPRAISED,
    CONCLUDED,
    CLOSED
}
