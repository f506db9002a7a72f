package vn.laborcases.rules.dispute;

/** Where each dispute rule comes from, cited in deadlines, refusals and strike flags. */
public final class DisputeArticles {
    public static final String MEDIATOR_ASSIGNMENT = "Decree 145/2020/ND-CP Art 95";
    public static final String MEDIATION_MANDATORY = "Labor Code 45/2019 Art 188(1)";
    public static final String MEDIATION_PERIOD = "Labor Code 45/2019 Art 188(2)";
    public static final String MEDIATION_FAILURE = "Labor Code 45/2019 Art 188(3)";
    public static final String MEDIATION_RECORDS = "Labor Code 45/2019 Art 188(4)";
    public static final String ARBITRATION_CONSENT = "Labor Code 45/2019 Art 189(1)";
    public static final String ARBITRATION_PERIODS = "Labor Code 45/2019 Art 189(2)";
    public static final String NO_COURT_DURING_ARBITRATION = "Labor Code 45/2019 Art 189(3)";
    /** Who resolves a dispute, in which order: mediator, arbitration council, court. */
    public static final String COURT = "Labor Code 45/2019 Arts 187, 188(1), 189(4)";
    public static final String TIME_BAR = "Labor Code 45/2019 Art 190";
    public static final String INTEREST_DISPUTE_FORUMS = "Labor Code 45/2019 Arts 195, 197";
    public static final String RIGHT_TO_STRIKE = "Labor Code 45/2019 Arts 199, 204(1)";
    public static final String STRIKE_ORGANISER = "Labor Code 45/2019 Arts 198, 204(2)";
    public static final String STRIKE_OPINION = "Labor Code 45/2019 Arts 201, 204(3)";
    public static final String STRIKE_DECISION = "Labor Code 45/2019 Arts 202(1), 204(3)";
    public static final String STRIKE_NOTICE = "Labor Code 45/2019 Arts 202(3), 204(3)";
    public static final String STRIKE_WHILE_HANDLED = "Labor Code 45/2019 Art 204(4)";
    public static final String STRIKE_BANNED_WORKPLACE = "Labor Code 45/2019 Arts 204(5), 209; Decree 145/2020 Appendix VI";
    public static final String STRIKE_POSTPONED = "Labor Code 45/2019 Arts 204(6), 210";

    private DisputeArticles() {
    }
}
