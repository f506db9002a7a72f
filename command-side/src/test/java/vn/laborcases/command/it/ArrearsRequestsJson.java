package vn.laborcases.command.it;

/** Request bodies for the tour of the wage-complaint API. */
final class ArrearsRequestsJson {

    static final String PATH = "/api/wage-complaints";

    private ArrearsRequestsJson() {
    }

    /** 40 workers of a garment firm in Hồ Chí Minh City (region I), complaint received on {@code receivedOn}. */
    static String complaint(String receivedOn) {
        return """
                {"province":"HO_CHI_MINH","enterpriseTaxCode":"0314567890","enterpriseName":"Công ty TNHH May Thành Công",
                 "region":"I","complainant":"UNION","workersAffected":40,
                 "summary":"January wages paid below the minimum; March SI contributions unpaid",
                 "receivedOn":"%s","reason":"Complaint received from the grassroots union",
                 "legalBasis":"Decree 24/2018/ND-CP"}
                """.formatted(receivedOn);
    }

    static String line(String kind, String from, String to, long principal, String dueOn, Long monthlyWage) {
        return """
                {"kind":"%s","periodFrom":"%s","periodTo":"%s","principal":%d,"dueOn":"%s"%s}
                """.formatted(kind, from, to, principal, dueOn,
                monthlyWage == null ? "" : ",\"monthlyWagePerWorker\":" + monthlyWage);
    }
}
