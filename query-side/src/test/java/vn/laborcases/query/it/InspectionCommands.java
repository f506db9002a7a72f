package vn.laborcases.query.it;

import vn.laborcases.testsupport.Http;

import java.time.LocalDate;

import static vn.laborcases.query.it.CaseListCommands.created;
import static vn.laborcases.query.it.CaseListCommands.ok;

/**
 * An inspection taken through its phases in the order of Law on Inspection 84/2025, on days
 * counted back from today (so that no statutory deadline lapses during a test): an enterprise of
 * Cà Mau opened 60 days ago, one finding, concluded 12 days ago, then fined.
 */
final class InspectionCommands {

    private InspectionCommands() {
    }

    /** A concluded inspection, ready for sanctions: its command path ("/api/inspections/{id}/") and finding. */
    record Concluded(String id, String path, String findingId) {
    }

    /**
     * @param headcount the enterprise's, and the workers its finding affects
     * @param envelope  the opening request's reason, legal basis and documents, as JSON fields
     */
    static Concluded concluded(Http commands, String taxCode, String name, int headcount, long amountOwed,
                               String envelope, LocalDate today) {
        String id = created(commands.post("/api/inspections", """
                {"trigger":"PLANNED","scope":["LABOR_LAW"],
                 "enterprise":{"taxCode":"%s","name":"%s","province":"CA_MAU",
                               "headcount":%d,"ownership":"FDI","sector":"1520"},
                 "openedOn":"%s","grounds":"Annual plan",%s}"""
                .formatted(taxCode, name, headcount, today.minusDays(60), envelope)));
        String path = "/api/inspections/" + id + "/";
        ok(commands.post(path + "decision", """
                {"decisionNumber":"9/QĐ-TTr","issuedOn":"%s","leadInspector":"inspector-96-001"}"""
                .formatted(today.minusDays(55))));
        ok(commands.post(path + "announcement", "{\"announcedOn\":\"%s\"}".formatted(today.minusDays(50))));
        ok(commands.post(path + "fieldwork/start", "{\"on\":\"%s\"}".formatted(today.minusDays(49))));
        String findingId = ok(commands.post(path + "findings", """
                {"category":"WAGES_LATE_OR_SHORT","legalBasis":"Labor Code 45/2019 Art 94","description":"Late",
                 "workersAffected":%d,"amountOwed":%d,"foundOn":"%s"}"""
                .formatted(headcount, amountOwed, today.minusDays(45))))
                .get("findings").get(0).get("findingId").asText();
        ok(commands.post(path + "fieldwork/end", "{\"on\":\"%s\"}".formatted(today.minusDays(20))));
        ok(commands.post(path + "report", "{\"on\":\"%s\",\"summary\":\"Late\"}".formatted(today.minusDays(18))));
        ok(commands.post(path + "draft-conclusion", "{\"on\":\"%s\",\"summary\":\"D\"}".formatted(today.minusDays(16))));
        ok(commands.post(path + "appraisal", """
                {"appraisedOn":"%s","appraiser":"legal","opinion":"Agreed"}""".formatted(today.minusDays(14))));
        ok(commands.post(path + "conclusion", """
                {"conclusionNumber":"1/KL","concludedOn":"%s","summary":"Late"}""".formatted(today.minusDays(12))));
        return new Concluded(id, path, findingId);
    }

    /** A fine on the finding imposed 10 days ago, then amended; returns the sanction's id. */
    static String amendedFine(Http commands, Concluded inspection, long amount, long newAmount, LocalDate amendedOn,
                              LocalDate today, String... headers) {
        String sanctionId = ok(commands.post(inspection.path() + "sanctions", """
                {"findingId":"%s","offender":"ORGANISATION","amount":%d,"decisionNumber":"2/QĐ-XPHC",
                 "imposedOn":"%s"}""".formatted(inspection.findingId(), amount, today.minusDays(10))))
                .get("sanctions").get(0).get("sanctionId").asText();
        ok(commands.post(inspection.path() + "sanctions/" + sanctionId + "/amendments", """
                {"change":"AMENDMENT","newAmount":%d,"amendedOn":"%s","reason":"Mitigating circumstances"}"""
                .formatted(newAmount, amendedOn), headers));
        return sanctionId;
    }
}
