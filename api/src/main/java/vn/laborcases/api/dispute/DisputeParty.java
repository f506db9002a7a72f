package vn.laborcases.api.dispute;

/** The two sides of a dispute. */
public enum DisputeParty {
    WORKER_SIDE,
    EMPLOYER_SIDE
}
