package vn.laborcases.api.dispute;

/** Where a strike stands in the procedure of Arts 200-210. */
public enum StrikeStage {
    OPINION_COLLECTION,
    DECIDED,
    NOTIFIED,
    UNDER_WAY,
    ENDED,
    POSTPONED,
    CANCELLED
}
