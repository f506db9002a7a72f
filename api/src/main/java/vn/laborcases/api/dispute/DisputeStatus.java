package vn.laborcases.api.dispute;

/** Where a labor dispute stands in the procedure of Labor Code Arts 187-197. */
public enum DisputeStatus {
    AWAITING_MEDIATOR,
    IN_MEDIATION,
    /** An Art 188(1) category filed directly with arbitration or the court. */
    MEDIATION_EXEMPT,
    SETTLED,
    MEDIATION_FAILED,
    MEDIATION_LAPSED,
    ARBITRATION_REQUESTED,
    IN_ARBITRATION,
    ARBITRATION_DECIDED,
    /** The panel was not formed, or did not decide, in time (Art 189(3)). */
    ARBITRATION_LAPSED,
    ARBITRATION_NOT_COMPLIED,
    /** The parties complied with the arbitration decision. */
    RESOLVED,
    IN_COURT,
    JUDGED,
    WITHDRAWN,
    CLOSED
}
