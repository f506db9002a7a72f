package vn.laborcases.query.deadlines;

/** Where a statutory deadline stands on the radar. */
public enum DeadlineState {
    /** Still running: the step is not taken yet. */
    OPEN,
    /** The step was taken while the deadline was open. */
    MET,
    /** The lapse was recorded: the step was not taken in time. */
    MISSED,
    /** Dropped because the case was closed or withdrawn, or the remediation waived. */
    CANCELLED,
    /** A party's window (the second complaint) closed unused: nobody's failure, so not MISSED. */
    EXPIRED
}
