package vn.laborcases.security;

/** What a caller may do, after the table; a caller may hold several roles. */
public enum Role {
    /** Writes cases in their own provinces, and reads the cases they write. */
    INSPECTOR,
    /** Reads projections of their provinces and assigns inspectors and mediators. */
    SUPERVISOR,
    /** Reads everything, history included, and writes nothing. */
    AUDITOR,
    /** Operates replays and rule data. */
    ADMIN;

    /** Spring Security's name for the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
