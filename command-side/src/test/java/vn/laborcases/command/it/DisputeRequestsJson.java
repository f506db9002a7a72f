package vn.laborcases.command.it;

import java.time.LocalDate;

/** Request bodies for the tour of the dispute API. */
final class DisputeRequestsJson {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    private DisputeRequestsJson() {
    }

    static String individualDispute(LocalDate discoveredOn, LocalDate receivedOn) {
        return """
                {"kind":"INDIVIDUAL","province":"HO_CHI_MINH","employerTaxCode":"0312345678",
                 "employerName":"Công ty TNHH May Sài Gòn","requestedBy":"WORKER_SIDE",
                 "summary":"Overtime of March and April unpaid","workersInvolved":1,
                 "discoveredOn":"%s","receivedOn":"%s","reason":"Request received at the front desk",
                 "legalBasis":"Labor Code 45/2019 Art 188",
                 "documents":[{"title":"Request form","sha256":"%s"}]}
                """.formatted(discoveredOn, receivedOn, "ab".repeat(32));
    }

    static String interestDispute(LocalDate receivedOn) {
        return """
                {"kind":"COLLECTIVE_INTERESTS","province":"DONG_NAI","employerTaxCode":"3600123456",
                 "employerName":"Công ty Giày Đồng Nai","requestedBy":"WORKER_SIDE",
                 "summary":"Wage increase for 2027","workersInvolved":1200,
                 "discoveredOn":"%s","receivedOn":"%s"}
                """.formatted(receivedOn, receivedOn);
    }

    static String dated(String field, LocalDate date, String extra) {
        return "{\"%s\":\"%s\"%s}".formatted(field, date, extra.isEmpty() ? "" : "," + extra);
    }
}
