package vn.laborcases.api.dispute;

/** Whose opinion is collected before a strike (Art 201). */
public enum OpinionCollectionMethod {
    ALL_EMPLOYEES,
    REPRESENTATIVE_BOARD
}
