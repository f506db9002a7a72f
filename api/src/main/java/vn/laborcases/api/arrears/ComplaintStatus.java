package vn.laborcases.api.arrears;

/** Where a complaint stands in its procedure; payments are tracked beside it, not in it. */
public enum ComplaintStatus {
    REGISTERED,
    AWAITING_ACCEPTANCE,
    ACCEPTED,
    REFUSED,
    TREATED_AS_DISPUTE,
    REFERRED,
    FIRST_DECIDED,
    FIRST_DECISION_OVERDUE,
    SECOND_COMPLAINT_ACCEPTED,
    SECOND_DECIDED,
    CLOSED
}
