package vn.laborcases.command.it;

import vn.laborcases.testsupport.Http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.it.DisputeRequestsJson.TODAY;
import static vn.laborcases.command.it.DisputeRequestsJson.dated;
import static vn.laborcases.command.it.DisputeRequestsJson.individualDispute;

/** An inspector takes a dispute through mediation, its failure, arbitration and a decision, over HTTP. */
class DisputeLifecycleIntegrationTest {

    private final Http http = SharedCommandSide.http();

    @Test
    void fileMediateFailEscalateDecide_recordsEveryStepWithItsEnvelope() {
        LocalDate received = TODAY.minusDays(20);
        var filed = http.post("/api/disputes", individualDispute(received.minusMonths(1), received),
                "X-Correlation-Id", "tour-42");
        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        JsonNode dispute = filed.json();
        String id = dispute.get("id").asText();
        assertThat(filed.header("Location")).isEqualTo("/api/disputes/" + id);
        assertThat(filed.header("ETag")).isEqualTo("\"0\"");
        assertThat(dispute.get("caseNumber").asText()).matches("LD-79-\\d{4}-\\d{6}");
        assertThat(dispute.get("status").asText()).isEqualTo("AWAITING_MEDIATOR");
        assertThat(dispute.get("deadlines")).extracting(d -> d.get("kind").asText())
                .containsExactlyInAnyOrder("MEDIATOR_ASSIGNMENT", "MEDIATION");

        var assigned = http.post("/api/disputes/" + id + "/mediator",
                dated("assignedOn", received.plusDays(1), "\"mediatorId\":\"mediator-hcm-07\""), "If-Match", "\"0\"");
        assertThat(assigned.status()).as(assigned.raw().body()).isEqualTo(200);
        assertThat(assigned.json().get("version").asLong()).isEqualTo(1);

        var failed = http.post("/api/disputes/" + id + "/mediation/failure",
                dated("failedOn", received.plusDays(2), "\"grounds\":\"The employer refused every proposal\""),
                "If-Match", "\"1\"");
        assertThat(failed.json().get("status").asText()).isEqualTo("MEDIATION_FAILED");
        assertThat(failed.json().get("deadlines")).extracting(d -> d.get("kind").asText())
                .containsExactly("MEDIATION_RECORDS_DELIVERY");

        var arbitration = http.post("/api/disputes/" + id + "/arbitration", dated("requestedOn", received.plusDays(3),
                "\"workerSideConsents\":true,\"employerSideConsents\":true"));
        assertThat(arbitration.json().get("status").asText()).isEqualTo("ARBITRATION_REQUESTED");

        var panel = http.post("/api/disputes/" + id + "/arbitration/panel", dated("formedOn", received.plusDays(4),
                "\"arbitrators\":[\"Arbitrator A\",\"Arbitrator B\",\"Arbitrator C\"]"));
        assertThat(panel.json().get("status").asText()).isEqualTo("IN_ARBITRATION");

        var decided = http.post("/api/disputes/" + id + "/arbitration/decision", dated("decidedOn", received.plusDays(10),
                "\"decision\":\"The employer pays the overtime with interest\""));
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("status").asText()).isEqualTo("ARBITRATION_DECIDED");
        assertThat(decided.json().get("version").asLong()).isEqualTo(5);

        List<StoredEvents.Row> events = StoredEvents.of(SharedCommandSide.DATABASE, id);
        assertThat(events).extracting(StoredEvents.Row::simpleType).containsExactly(
                "DisputeFiledEvent", "MediatorAssignedEvent", "MediationFailedEvent", "ArbitrationRequestedEvent",
                "ArbitrationPanelFormedEvent", "ArbitrationDecisionIssuedEvent");
        JsonNode filedEnvelope = events.get(0).metaData();
        assertThat(filedEnvelope.get("actor").asText()).isEqualTo("tester");
        assertThat(filedEnvelope.get("role").asText()).isEqualTo("INSPECTOR");
        assertThat(filedEnvelope.get("reason").asText()).isEqualTo("Request received at the front desk");
        assertThat(filedEnvelope.get("legalBasis").asText()).isEqualTo("Labor Code 45/2019 Art 188");
        assertThat(filedEnvelope.get("businessTime").asText()).isEqualTo(received + "T00:00+07:00");
        assertThat(filedEnvelope.get("correlationId").asText()).isEqualTo("tour-42");
        assertThat(filedEnvelope.get("documentHashes").asText()).isEqualTo("ab".repeat(32));
        assertThat(filedEnvelope.get("commandName").asText()).endsWith("FileDisputeCommand");
        assertThat(filedEnvelope.get("commandId").asText()).isEqualTo(filedEnvelope.get("causationId").asText());
        assertThat(events).allSatisfy(event -> assertThat(event.metaData().get("actor")).isNotNull());
        assertThat(events.get(0).payload().get("ruleSetVersion").asText()).isEqualTo("VN-2026.01");

        var reloaded = http.get("/api/disputes/" + id);
        assertThat(reloaded.json().get("status").asText()).isEqualTo("ARBITRATION_DECIDED");
        assertThat(reloaded.header("ETag")).isEqualTo("\"5\"");
    }

    @Test
    void interestDisputeStrikeWithoutNotice_isRecordedAndFlaggedUnlawful() {
        LocalDate received = TODAY.minusDays(30);
        String id = http.post("/api/disputes", DisputeRequestsJson.interestDispute(received)).json().get("id").asText();
        http.post("/api/disputes/" + id + "/mediator", dated("assignedOn", received, "\"mediatorId\":\"m-1\""));
        http.post("/api/disputes/" + id + "/mediation/failure", dated("failedOn", received.plusDays(3),
                "\"grounds\":\"No agreement on the wage increase\""));

        var started = http.post("/api/disputes/" + id + "/strike/start",
                dated("startedOn", received.plusDays(5), "\"workersInvolved\":800"));

        assertThat(started.status()).as(started.raw().body()).isEqualTo(200);
        assertThat(started.json().get("strikeStage").asText()).isEqualTo("UNDER_WAY");
        assertThat(started.json().get("strikeLawful").asBoolean()).isFalse();
        assertThat(started.json().get("strikeViolations")).extracting(v -> v.get("article").asText())
                .anyMatch(article -> article.contains("202(3)"));
    }

    @Test
    void spontaneousWorkStoppage_isRecordedUnlawfulWithItsOwnCaseNumber() {
        var reported = http.post("/api/work-stoppages", """
                {"province":"BAC_NINH","employerTaxCode":"2300123456","employerName":"Electronics Co",
                 "workersInvolved":350,"demands":["Pay the Tết bonus","Stop forced overtime"],"startedOn":"%s"}
                """.formatted(TODAY.minusDays(2)));

        assertThat(reported.status()).as(reported.raw().body()).isEqualTo(201);
        assertThat(reported.json().get("caseNumber").asText()).startsWith("WS-24-");
        assertThat(reported.json().get("lawful").asBoolean()).isFalse();
        String id = reported.json().get("id").asText();
        var ended = http.post("/api/work-stoppages/" + id + "/end",
                dated("endedOn", TODAY.minusDays(1), "\"outcome\":\"Bonus agreed\""));
        assertThat(ended.json().get("endedOn").asText()).isEqualTo(TODAY.minusDays(1).toString());
    }
}
