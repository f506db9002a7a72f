package vn.laborcases.api.dispute;

/** Who resolves a dispute at a given step (Art 187): a labor mediator, the Labor Arbitration Council, or the People's Court. */
public enum Forum {
    MEDIATION,
    ARBITRATION,
    COURT
}
