package vn.laborcases.api.dispute;

/** Why a mediation failed (Art 188): no agreement, or a party validly summoned twice was absent. */
public enum MediationFailureReason {
    NO_AGREEMENT,
    PARTY_ABSENT_TWICE
}
