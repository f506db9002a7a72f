package vn.laborcases.api;

/** The kinds of case the authorities coordinate on, with the prefix of their case numbers. */
public enum CaseType {
    LABOR_DISPUTE("LD"),
    WORK_STOPPAGE("WS"),
    WAGE_ARREARS("WA"),
    INSPECTION("IN");

    private final String prefix;

    CaseType(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
