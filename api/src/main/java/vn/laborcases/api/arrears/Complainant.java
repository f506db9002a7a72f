package vn.laborcases.api.arrears;

/** Who brings the complaint. */
public enum Complainant {
    WORKER,
    UNION,
    SI_OFFICE
}
