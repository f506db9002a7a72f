package vn.laborcases.api.inspection;

/** Who is fined: Decree 12/2022/ND-CP sets the bands for an individual; an organisation pays double. */
public enum Offender {
    ORGANISATION,
    INDIVIDUAL
}
