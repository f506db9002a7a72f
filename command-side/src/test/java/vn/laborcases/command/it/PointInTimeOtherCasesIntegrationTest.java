package vn.laborcases.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.laborcases.testsupport.Http;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.it.DisputeRequestsJson.TODAY;
import static vn.laborcases.command.it.DisputeRequestsJson.dated;
import static vn.laborcases.command.it.DisputeRequestsJson.individualDispute;

/**
 * The replay works for every kind of case: a dispute, an inspection and a work stoppage, each
 * read on both axes before and after its second step, through the same JSON as its GET.
 */
class PointInTimeOtherCasesIntegrationTest {

    private final Http http = SharedCommandSide.http();

    @Test
    void aDispute_beforeAndAfterItsMediatorWasAssigned() {
        String id = open("/api/disputes", individualDispute(TODAY.minusDays(30), TODAY.minusDays(20)));
        Instant filedAt = Instant.now();
        ok(http.post("/api/disputes/" + id + "/mediator",
                dated("assignedOn", TODAY.minusDays(18), "\"mediatorId\":\"mediator-hcm-07\"")));

        var readings = onBothAxes("/api/disputes/" + id, filedAt, TODAY.minusDays(18), "LABOR_DISPUTE", "DisputeCase");
        assertThat(readings.recorded().get("status").asText()).isEqualTo("AWAITING_MEDIATOR");
        assertThat(readings.recorded().get("mediatorId").isNull()).isTrue();
        assertThat(readings.after().get("status").asText()).isEqualTo("IN_MEDIATION");
        assertThat(readings.after().get("mediatorId").asText()).isEqualTo("mediator-hcm-07");
    }

    @Test
    void anInspection_beforeAndAfterItsDecision() {
        String id = open("/api/inspections", InspectionRequestsJson.start("3600999001", "[\"LABOR_LAW\"]"));
        Instant openedAt = Instant.now();
        ok(http.post(InspectionRequestsJson.path(id, "decision"), """
                {"decisionNumber":"57/QĐ-TTr","issuedOn":"%s","leadInspector":"inspector-75-011"}"""
                .formatted(TODAY.minusDays(55))));

        var readings = onBothAxes("/api/inspections/" + id, openedAt, TODAY.minusDays(55), "INSPECTION",
                "InspectionCase");
        assertThat(readings.recorded().get("status").asText()).isEqualTo("OPENED");
        assertThat(readings.after().get("status").asText()).isEqualTo("DECISION_ISSUED");
    }

    @Test
    void aWorkStoppage_beforeAndAfterItEnded() {
        LocalDate started = TODAY.minusDays(10);
        String id = open("/api/work-stoppages", """
                {"province":"BAC_NINH","employerTaxCode":"2300123456","employerName":"Electronics Co",
                 "workersInvolved":350,"demands":["Pay the Tết bonus"],"startedOn":"%s"}""".formatted(started));
        Instant reportedAt = Instant.now();
        ok(http.post("/api/work-stoppages/" + id + "/end",
                dated("endedOn", TODAY.minusDays(3), "\"outcome\":\"Bonus agreed\"")));

        var readings = onBothAxes("/api/work-stoppages/" + id, reportedAt, TODAY.minusDays(3), "WORK_STOPPAGE",
                "WorkStoppage");
        assertThat(readings.recorded().get("endedOn").isNull()).isTrue();
        assertThat(readings.recorded().get("workersInvolved").asInt()).isEqualTo(350);
        assertThat(readings.after().get("endedOn").asText()).isEqualTo(TODAY.minusDays(3).toString());
        assertThat(http.get("/audit/cases/" + id + "/state?asOccurredAt=" + started.minusDays(1)).status())
                .isEqualTo(404);
    }

    @Test
    void aFinePaymentDatedBeforeItsSanction_cannotBeReplayedInBusinessOrder_andSaysSo() {
        String id = InspectionRequestsJson.inFieldwork(http, "3600999002");
        String findingId = InspectionRequestsJson.wagesFinding(http, id).get("findings").get(0).get("findingId").asText();
        InspectionRequestsJson.conclude(http, id);
        String sanctionId = InspectionRequestsJson.ok(http.post(InspectionRequestsJson.path(id, "sanctions"), """
                {"findingId":"%s","offender":"ORGANISATION","amount":95000000,"decisionNumber":"64/QĐ-XPHC",
                 "imposedOn":"%s"}""".formatted(findingId, TODAY.minusDays(10))))
                .get("sanctions").get(0).get("sanctionId").asText();
        // Nothing stops a payment being dated before the fine it pays: a slip of the pen.
        ok(http.post(InspectionRequestsJson.path(id, "sanctions/" + sanctionId + "/payments"),
                "{\"amount\":95000000,\"paidOn\":\"%s\"}".formatted(TODAY.minusDays(11))));

        var replayed = http.get("/audit/cases/" + id + "/state?asOccurredAt=" + TODAY);
        assertThat(replayed.status()).as(replayed.raw().body()).isEqualTo(409);
        assertThat(replayed.contentType()).startsWith("application/problem+json");
        assertThat(replayed.json().get("detail").asText()).contains("cannot be applied in the order they happened")
                .contains("(FinePaidEvent, dated " + TODAY.minusDays(11) + "T00:00+07:00)");
        assertThat(http.get("/audit/cases/" + id + "/state?asRecordedAt=" + Instant.now()).status()).isEqualTo(200);
    }

    /** The state as recorded after the first step, and as occurred on the second step's day. */
    private record Readings(JsonNode recorded, JsonNode after) {
    }

    /**
     * Reads a case of two steps on both axes: as recorded at {@code firstRecordedAt}; as
     * occurred the day before {@code secondDay}, which must be the same state; and as occurred
     * on {@code secondDay}, which must be what the case's GET answers now.
     */
    private Readings onBothAxes(String getPath, Instant firstRecordedAt, LocalDate secondDay, String caseType,
                                String aggregateType) {
        String id = getPath.substring(getPath.lastIndexOf('/') + 1);
        JsonNode recorded = state(id, "asRecordedAt=" + firstRecordedAt, caseType, aggregateType);
        assertThat(recorded.get("eventsApplied").asInt()).isEqualTo(1);
        assertThat(recorded.get("state").get("version").asLong()).isZero();
        JsonNode before = state(id, "asOccurredAt=" + secondDay.minusDays(1), caseType, aggregateType);
        assertThat(before.get("state")).isEqualTo(recorded.get("state"));
        JsonNode after = state(id, "asOccurredAt=" + secondDay, caseType, aggregateType);
        assertThat(after.get("eventsApplied").asInt()).isEqualTo(2);
        assertThat(after.get("state")).isEqualTo(http.get(getPath).json());
        return new Readings(recorded.get("state"), after.get("state"));
    }

    private JsonNode state(String id, String query, String caseType, String aggregateType) {
        var response = http.get("/audit/cases/" + id + "/state?" + query);
        assertThat(response.status()).as(query + ": " + response.raw().body()).isEqualTo(200);
        JsonNode past = response.json();
        assertThat(past.get("caseType").asText()).isEqualTo(caseType);
        assertThat(past.get("aggregateType").asText()).isEqualTo(aggregateType);
        return past;
    }

    private String open(String path, String body) {
        var opened = http.post(path, body);
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        return opened.json().get("id").asText();
    }

    private static void ok(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
    }
}
