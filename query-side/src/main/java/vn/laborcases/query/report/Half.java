package vn.laborcases.query.report;

/** The periods coordination conferences report on: the first half, the second half, the whole year. */
public enum Half {
    H1,
    H2,
    YEAR
}
