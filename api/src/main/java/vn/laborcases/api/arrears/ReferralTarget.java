package vn.laborcases.api.arrears;

/** The body a complaint is referred to at triage. */
public enum ReferralTarget {
    INSPECTION,
    SI_OFFICE,
    POLICE
}
