package vn.laborcases.rules.arrears;

/** Where each wage- and SI-arrears rule comes from, cited in deadlines, refusals and flags. */
public final class ArrearsArticles {
    public static final String COMPLAINT_ACCEPTANCE = "Decree 24/2018/ND-CP Art 20";
    public static final String FIRST_DECISION_PERIOD = "Decree 24/2018/ND-CP Art 21";
    public static final String SECOND_COMPLAINT_FILING = "Decree 24/2018/ND-CP Arts 7, 15";
    public static final String SECOND_DECISION_PERIOD = "Decree 24/2018/ND-CP Art 26";
    /** The complaint procedure as a whole: who resolves, in which order. */
    public static final String COMPLAINT_PROCEDURE = "Decree 24/2018/ND-CP Arts 15-27";
    public static final String PAYMENT_IN_FULL = "Labor Code 45/2019 Art 94";
    public static final String LATE_WAGE_COMPENSATION = "Labor Code 45/2019 Art 97(4)";
    public static final String REGIONAL_MINIMUM_WAGE = "Labor Code 45/2019 Art 91; Decree 74/2024/ND-CP; Decree 293/2025/ND-CP";
    public static final String SI_CONTRIBUTION_DUE = "SI Law 41/2024/QH15 Art 34(4)";
    public static final String SI_LATE_PAYMENT = "SI Law 41/2024/QH15 Art 38";
    public static final String SI_EVASION = "SI Law 41/2024/QH15 Art 39; Decree 274/2025/ND-CP";
    public static final String SI_INTEREST = "SI Law 41/2024/QH15 Arts 40-41";

    private ArrearsArticles() {
    }
}
