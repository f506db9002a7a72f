package vn.laborcases.api.dispute;

/** How the Labor Code classifies a dispute (Arts 179, 191, 195). */
public enum DisputeKind {
    INDIVIDUAL,
    COLLECTIVE_RIGHTS,
    COLLECTIVE_INTERESTS
}
