package vn.laborcases.api.inspection;

/** Why an inspection takes place: the annual plan, or ad hoc (Law on Inspection 84/2025). */
public enum InspectionTrigger {
    PLANNED,
    COMPLAINT,
    ACCIDENT,
    REFERRAL,
    STRIKE,
    SI_VIOLATOR_LIST
}
