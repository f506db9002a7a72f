package vn.laborcases.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.laborcases.testsupport.Http;
import vn.laborcases.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static vn.laborcases.command.it.DisputeRequestsJson.TODAY;
import static vn.laborcases.command.it.DisputeRequestsJson.dated;
import static vn.laborcases.command.it.DisputeRequestsJson.individualDispute;

/**
 * Tamper evidence end to end, on its own database because it tampers with the store: cases are
 * made through the API, then changed behind the application's back directly in PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TamperEvidenceIntegrationTest {

    private static final TestDatabase DATABASE = TestDatabase.create();
    private static final LocalDate ANCHORED_DAY = LocalDate.of(2026, 1, 10);
    private static CommandSideApp app;
    private static Http http;
    private static final List<String> untouched = new ArrayList<>();

    @BeforeAll
    static void start() {
        app = CommandSideApp.start(DATABASE, "labor-cases.deadlines.polling-interval=1h");
        http = app.http();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void anIntactStoreVerifiesClean() {
        untouched.add(caseOfSixEvents());
        untouched.add(caseOfSixEvents());

        JsonNode one = http.get("/audit/cases/" + untouched.get(0) + "/integrity").json();
        assertThat(one.get("intact").asBoolean()).isTrue();
        assertThat(one.get("eventsChecked").asInt()).isEqualTo(6);
        assertThat(one.get("caseNumber").asText()).startsWith("LD-79-");
        assertThat(one.get("headHash").asText()).hasSize(64).isEqualTo(hex(untouched.get(0), 5));
        assertThat(one.get("problems")).isEmpty();

        JsonNode check = finishedCheck();
        assertThat(check.get("status").asText()).isEqualTo("DONE");
        assertThat(check.get("intact").asBoolean()).isTrue();
        assertThat(check.get("eventsChecked").asLong()).isEqualTo(StoredEvents.count(DATABASE)).isEqualTo(12);
        assertThat(check.get("eventsTotal").asLong()).isEqualTo(12);
        assertThat(check.get("streamsChecked").asLong()).isEqualTo(2);
        assertThat(check.get("secondsRemaining").asLong()).isZero();
        assertThat(http.get("/actuator/prometheus").raw().body())
                .contains("labor_cases_audit_integrity_events_checked 12.0")
                .contains("labor_cases_audit_integrity_problems 0.0");
    }

    @Test
    @Order(2)
    void anchorsArePublishedEveryNightWithoutWaitingForAReader() {
        assertThat(StoredEvents.scalar(DATABASE, """
                SELECT count(*) FROM scheduled_tasks WHERE task_name = 'publish-chain-anchors'
                AND extract(hour FROM execution_time AT TIME ZONE 'Asia/Ho_Chi_Minh') = 0
                AND extract(minute FROM execution_time AT TIME ZONE 'Asia/Ho_Chi_Minh') = 30
                AND execution_time > now() AND execution_time <= now() + interval '1 day'"""))
                .as("the recurring task is scheduled for the coming 00:30 in Vietnam").isEqualTo(1);
    }

    @Test
    @Order(2)
    void anchorsAreStableAndCatchAChainRewrittenAfterTheirDay() {
        String rewritten = UUID.randomUUID().toString();
        for (int sequence = 0; sequence < 3; sequence++) {
            sql("""
                    INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                        meta_data, payload, payload_revision, payload_type, time_stamp)
                    VALUES ('%s', %d, 'DisputeCase', '%s', '{"actor":"clerk-1"}',
                        convert_to('{"caseNumber":"LD-79-2026-000900","step":%d}', 'UTF8'), NULL,
                        'vn.laborcases.api.dispute.StepRecordedEvent', '2026-01-10T0%d:00:00.000Z')"""
                    .formatted(rewritten, sequence, UUID.randomUUID(), sequence, 3 + sequence));
        }

        var first = http.get("/audit/anchors?from=2026-01-01&to=2026-01-31");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json()).singleElement().satisfies(anchor -> {
            assertThat(anchor.get("day").asText()).isEqualTo("2026-01-10");
            assertThat(anchor.get("events").asLong()).isEqualTo(3);
            assertThat(anchor.get("streams").asLong()).isEqualTo(1);
            assertThat(anchor.get("digest").asText()).hasSize(64);
        });
        assertThat(http.get("/audit/anchors?from=2026-01-01&to=2026-01-31").json()).isEqualTo(first.json());
        JsonNode day = http.get("/audit/anchors/2026-01-10").json();
        assertThat(day.get("intact").asBoolean()).isTrue();
        assertThat(day.get("heads")).singleElement().satisfies(head -> {
            assertThat(head.get("caseId").asText()).isEqualTo(rewritten);
            assertThat(head.get("sequenceNumber").asLong()).isEqualTo(2);
            assertThat(head.get("headHash").asText()).isEqualTo(hex(rewritten, 2));
        });

        // Someone with write access changes event 1 and re-chains everything after it:
        // the case's own chain is consistent again, but no longer what was published.
        sql("UPDATE domain_event_entry SET payload = convert_to('{\"caseNumber\":\"LD-79-2026-000900\",\"step\":\"forged\"}', 'UTF8') WHERE aggregate_identifier = '%s' AND sequence_number = 1".formatted(rewritten));
        for (int sequence = 1; sequence < 3; sequence++) {
            sql("""
                    UPDATE domain_event_entry e SET previous_hash = p.event_hash FROM domain_event_entry p
                    WHERE e.aggregate_identifier = '%1$s' AND e.sequence_number = %2$d
                      AND p.aggregate_identifier = '%1$s' AND p.sequence_number = %2$d - 1""".formatted(rewritten, sequence));
            sql("""
                    UPDATE domain_event_entry SET event_hash = event_chain_hash(previous_hash, global_index,
                        event_identifier, aggregate_identifier, sequence_number, type, payload_type, payload_revision,
                        time_stamp, payload, meta_data)
                    WHERE aggregate_identifier = '%s' AND sequence_number = %d""".formatted(rewritten, sequence));
        }

        assertThat(http.get("/audit/cases/" + rewritten + "/integrity").json().get("intact").asBoolean()).isTrue();
        JsonNode after = http.get("/audit/anchors/2026-01-10").json();
        assertThat(after.get("intact").asBoolean()).isFalse();
        assertThat(after.get("published").get("digest")).isEqualTo(day.get("published").get("digest"));
        assertThat(after.get("now").get("digest")).isNotEqualTo(day.get("published").get("digest"));
        JsonNode check = finishedCheck();
        assertThat(check.get("intact").asBoolean()).isFalse();
        assertThat(check.get("problems")).singleElement().satisfies(problem -> {
            assertThat(problem.get("kind").asText()).isEqualTo("ANCHOR_MISMATCH");
            assertThat(problem.get("day").asText()).isEqualTo(ANCHORED_DAY.toString());
        });
    }

    @Test
    @Order(3)
    void aChangedByteADeletedEventAndTwoSwappedEventsAreEachReportedWithTheirCaseAndPosition() {
        String altered = caseOfSixEvents();
        String deleted = caseOfSixEvents();
        String swapped = caseOfSixEvents();
        untouched.add(caseOfSixEvents());
        long alteredIndex = globalIndex(altered, 2);
        long afterDeleted = globalIndex(deleted, 4);
        long swappedTwo = globalIndex(swapped, 2);
        long swappedFour = globalIndex(swapped, 4);

        sql("UPDATE domain_event_entry SET payload = set_byte(payload, 10, get_byte(payload, 10) # 1) WHERE aggregate_identifier = '%s' AND sequence_number = 2".formatted(altered));
        sql("DELETE FROM domain_event_entry WHERE aggregate_identifier = '%s' AND sequence_number = 3".formatted(deleted));
        sql("UPDATE domain_event_entry SET sequence_number = -1 WHERE aggregate_identifier = '%s' AND sequence_number = 2".formatted(swapped));
        sql("UPDATE domain_event_entry SET sequence_number = 2 WHERE aggregate_identifier = '%s' AND sequence_number = 4".formatted(swapped));
        sql("UPDATE domain_event_entry SET sequence_number = 4 WHERE aggregate_identifier = '%s' AND sequence_number = -1".formatted(swapped));

        assertThat(problemsOf(http.get("/audit/cases/" + altered + "/integrity").json()))
                .containsExactly(tuple("ALTERED", altered, 2L, alteredIndex));
        assertThat(problemsOf(http.get("/audit/cases/" + deleted + "/integrity").json()))
                .containsExactly(tuple("MISSING", deleted, 3L, afterDeleted));
        assertThat(problemsOf(http.get("/audit/cases/" + swapped + "/integrity").json()))
                .containsExactly(tuple("REORDERED", swapped, 4L, swappedTwo), tuple("REORDERED", swapped, 2L, swappedFour));
        for (String id : untouched) {
            JsonNode intact = http.get("/audit/cases/" + id + "/integrity").json();
            assertThat(intact.get("intact").asBoolean()).as(id).isTrue();
        }

        JsonNode check = finishedCheck();
        assertThat(check.get("status").asText()).isEqualTo("DONE");
        assertThat(check.get("problemCount").asLong()).isEqualTo(5); // the four above and the anchor of test 2
        assertThat(problemsOf(check)).contains(
                tuple("ALTERED", altered, 2L, alteredIndex),
                tuple("MISSING", deleted, 3L, afterDeleted),
                tuple("REORDERED", swapped, 4L, swappedTwo),
                tuple("REORDERED", swapped, 2L, swappedFour));
        assertThat(check.get("problems")).extracting(p -> p.get("caseId").asText()).doesNotContainAnyElementsOf(untouched);
        assertThat(check.get("problems")).filteredOn(p -> p.get("caseId").asText().equals(deleted))
                .singleElement().satisfies(p -> assertThat(p.get("caseNumber").asText()).startsWith("LD-79-"));
    }

    @Test
    @Order(4)
    void aSecondRequestGetsTheRunningCheckAndACheckWhoseInstanceStoppedIsInterrupted() {
        UUID running = UUID.randomUUID();
        sql("INSERT INTO audit_integrity_check (id, status, started_at, heartbeat_at, events_total) VALUES ('%s', 'RUNNING', now(), now(), 10)"
                .formatted(running));

        var again = http.post("/audit/integrity-checks", "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Location")).isEqualTo("/audit/integrity-checks/" + running);
        assertThat(again.json().get("status").asText()).isEqualTo("RUNNING");

        sql("UPDATE audit_integrity_check SET heartbeat_at = now() - interval '1 hour' WHERE id = '%s'".formatted(running));
        JsonNode interrupted = http.get("/audit/integrity-checks/" + running).json();
        assertThat(interrupted.get("status").asText()).isEqualTo("INTERRUPTED");
        assertThat(interrupted.get("failure").asText()).contains("stopped before it finished");
        assertThat(http.get("/audit/integrity-checks?limit=10").json()).extracting(c -> c.get("id").asText())
                .contains(running.toString()).hasSize(4);
    }

    @Test
    @Order(5)
    void unknownIdsAre404AndBadRangesAre400() {
        var unknownCase = http.get("/audit/cases/" + UUID.randomUUID() + "/integrity");
        assertThat(unknownCase.status()).isEqualTo(404);
        assertThat(unknownCase.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/audit/integrity-checks/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(http.get("/audit/anchors/" + TODAY).status()).isEqualTo(404);
        var tooLong = http.get("/audit/anchors?from=2025-01-01&to=2026-01-02");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("detail").asText()).contains("at most 366 days");
        assertThat(http.get("/audit/anchors?from=2026-02-01&to=2026-01-01").status()).isEqualTo(400);
        assertThat(http.get("/audit/anchors?from=2026-02-01").status()).isEqualTo(400);
        assertThat(http.get("/audit/integrity-checks?limit=0").status()).isEqualTo(400);
        assertThat(http.get("/audit/anchors/2026-01-10?limit=201").status()).isEqualTo(400);
    }

    /** Filed, mediator, failed mediation, arbitration, panel, decision: events 0 to 5. */
    private static String caseOfSixEvents() {
        LocalDate received = TODAY.minusDays(20);
        String id = http.post("/api/disputes", individualDispute(received.minusMonths(1), received)).json()
                .get("id").asText();
        post("/api/disputes/" + id + "/mediator", dated("assignedOn", received.plusDays(1), "\"mediatorId\":\"m-7\""));
        post("/api/disputes/" + id + "/mediation/failure", dated("failedOn", received.plusDays(2), "\"grounds\":\"No agreement\""));
        post("/api/disputes/" + id + "/arbitration", dated("requestedOn", received.plusDays(3),
                "\"workerSideConsents\":true,\"employerSideConsents\":true"));
        post("/api/disputes/" + id + "/arbitration/panel", dated("formedOn", received.plusDays(4),
                "\"arbitrators\":[\"A\",\"B\",\"C\"]"));
        post("/api/disputes/" + id + "/arbitration/decision", dated("decidedOn", received.plusDays(10),
                "\"decision\":\"The employer pays\""));
        assertThat(StoredEvents.of(DATABASE, id)).hasSize(6);
        return id;
    }

    private static void post(String path, String body) {
        var response = http.post(path, body);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
    }

    private static JsonNode finishedCheck() {
        var started = http.post("/audit/integrity-checks", "");
        assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
        String location = started.header("Location");
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> http.get(location).json(), check -> !check.get("status").asText().equals("RUNNING"));
    }

    private static List<org.assertj.core.groups.Tuple> problemsOf(JsonNode result) {
        List<org.assertj.core.groups.Tuple> problems = new ArrayList<>();
        result.get("problems").forEach(p -> problems.add(tuple(p.get("kind").asText(), p.get("caseId").asText(),
                p.get("sequenceNumber").asLong(), p.get("globalIndex").asLong())));
        return problems;
    }

    private static long globalIndex(String caseId, long sequence) {
        return StoredEvents.scalar(DATABASE, "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = '%s' AND sequence_number = %d"
                .formatted(caseId, sequence));
    }

    private static String hex(String caseId, long sequence) {
        try (Connection connection = DATABASE.connect(); var result = connection.createStatement().executeQuery(
                "SELECT encode(event_hash, 'hex') FROM domain_event_entry WHERE aggregate_identifier = '%s' AND sequence_number = %d"
                        .formatted(caseId, sequence))) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String statement) {
        try (Connection connection = DATABASE.connect()) {
            connection.createStatement().execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
