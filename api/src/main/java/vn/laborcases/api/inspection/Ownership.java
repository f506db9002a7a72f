package vn.laborcases.api.inspection;

/** Who owns the enterprise: foreign-invested, state or private. */
public enum Ownership {
    FDI,
    STATE,
    PRIVATE
}
