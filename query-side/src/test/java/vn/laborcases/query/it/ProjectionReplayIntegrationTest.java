package vn.laborcases.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laborcases.query.caselist.CaseListProjection;
import vn.laborcases.testsupport.Http;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The replay test: after a mixed workload, every projection rebuilt from the event store equals
 * the live one; a difference planted in a live table is reported with its table and key; and a
 * rebuild swaps in while the projection keeps answering, with nothing lost or applied twice.
 */
class ProjectionReplayIntegrationTest {

    private static Http commands;
    private static Http queries;
    private static String dispute;

    @BeforeAll
    static void workload() {
        commands = SharedApps.commands();
        queries = SharedApps.queries();
        dispute = ReplayWorkload.send(commands, 4, CaseListIntegrationTest.TODAY);
        for (String group : List.of("case-list", "deadline-radar", "enterprises", "statistics", "audit-trail")) {
            ProjectionRebuild.awaitCaughtUp(SharedApps.querySide(), group);
        }
    }

    @Test
    void everyProjectionRebuiltFromTheEventsEqualsTheLiveOne() {
        JsonNode result = finished(queries.post("/admin/projections/comparisons", ""));
        assertThat(result.get("differences")).as(result.toString()).isEmpty();
        assertThat(result.get("faithful").asBoolean()).isTrue();
        assertThat(result.get("projections")).extracting(p -> p.get("projection").asText() + " " + p.get("phase").asText())
                .containsExactly("case-list DONE", "deadline-radar DONE", "enterprises DONE", "statistics DONE",
                        "audit-trail DONE");
        assertThat(result.get("projections").get(0).get("eventsDone").asLong()).isPositive();
    }

    @Test
    void aDifferencePlantedInALiveTableIsReportedThenARebuildRepairsIt() throws SQLException {
        List<String> before = caseList();
        String changed = plant();
        JsonNode result = finished(queries.post("/admin/projections/case-list/comparisons", ""));
        assertThat(result.get("faithful").asBoolean()).isFalse();
        assertThat(result.get("totalDifferences").asLong()).isEqualTo(3);
        assertThat(result.get("differences")).extracting(d -> d.get("table").asText() + " " + kind(d))
                .containsExactlyInAnyOrder("case_list changed", "case_list missing", "case_list bogus");
        JsonNode update = find(result.get("differences"), changed);
        assertThat(update.get("live").get("status").asText()).isEqualTo("PLANTED");
        assertThat(update.get("rebuilt").get("status").asText()).isNotEqualTo("PLANTED");

        // The finding is kept in the database, as evidence any instance can show later.
        String id = result.get("id").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> kept(id) != null);
        assertThat(kept(id).get("faithful").asBoolean()).isFalse();
        assertThat(kept(id).get("totalDifferences").asLong()).isEqualTo(3);
        assertThat(queries.get("/admin/projections/comparisons?limit=0").status()).isEqualTo(400);

        // The rebuild runs while the case list keeps answering.
        var started = queries.post("/admin/projections/case-list/rebuilds", "");
        assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
        assertThat(queries.post("/admin/projections/case-list/rebuilds", "").status()).isEqualTo(409);
        String location = "/admin/projections/case-list/rebuilds/" + started.json().get("id").asText();
        List<String> phases = new ArrayList<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20)).until(() -> {
            assertThat(queries.get("/api/cases/" + dispute).status()).isEqualTo(200);
            JsonNode progress = CaseListCommands.ok(queries.get(location));
            phases.add(progress.get("phase").asText());
            return progress.get("finishedAt") != null && !progress.get("finishedAt").isNull();
        });
        JsonNode done = CaseListCommands.ok(queries.get(location));
        assertThat(done.get("phase").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("eventsDone").asLong()).isPositive();
        assertThat(done.get("eventsLeft").asLong()).isZero();
        assertThat(caseList()).isEqualTo(before);

        // A command after the swap lands once, and the rebuilt projection is still faithful.
        CaseListCommands.ok(commands.post("/api/disputes/" + dispute + "/closure",
                "{\"on\":\"%s\",\"reason\":\"Done\"}".formatted(CaseListIntegrationTest.TODAY)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                queries.get("/api/cases/" + dispute).raw().body().contains("\"CLOSED\""));
        JsonNode again = finished(queries.post("/admin/projections/case-list/comparisons", ""));
        assertThat(again.get("differences")).as(again.toString()).isEmpty();
        ProjectionRebuild.awaitCaughtUp(SharedApps.querySide(), CaseListProjection.PROCESSING_GROUP);
    }

    /** The shadow's foreign keys refer to the shadow's tables, so the live ones can be dropped at the swap. */
    @Test
    void aProjectionWhoseTablesReferToEachOtherIsRebuiltAndSwappedIn() {
        var started = queries.post("/admin/projections/deadline-radar/rebuilds", "");
        assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
        String location = "/admin/projections/deadline-radar/rebuilds/" + started.json().get("id").asText();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() ->
                CaseListCommands.ok(queries.get(location)).hasNonNull("finishedAt"));
        JsonNode done = CaseListCommands.ok(queries.get(location));
        assertThat(done.get("phase").asText()).as(done.toString()).isEqualTo("DONE");
        ProjectionRebuild.awaitCaughtUp(SharedApps.querySide(), "deadline-radar");
        JsonNode compared = finished(queries.post("/admin/projections/deadline-radar/comparisons", ""));
        assertThat(compared.get("differences")).as(compared.toString()).isEmpty();
    }

    @Test
    void progressIsShownInTheApiAndAsMetrics() {
        finished(queries.post("/admin/projections/statistics/comparisons", ""));
        JsonNode processors = CaseListCommands.ok(queries.get("/admin/projections"));
        assertThat(processors).extracting(p -> p.get("name").asText())
                .containsExactly("case-list", "deadline-radar", "enterprises", "statistics", "audit-trail");
        assertThat(processors.get(0).get("running").asBoolean()).isTrue();
        assertThat(processors.get(0).get("segments")).isNotEmpty();
        String metrics = queries.get("/actuator/prometheus").raw().body();
        assertThat(metrics).containsPattern("labor_cases_projection_rebuild_events_done\\{[^}]*projection=\"statistics\"[^}]*} [1-9]")
                .contains("labor_cases_projection_rebuild_events_left{")
                .contains("labor_cases_projection_rebuild_rate{");
    }

    @Test
    void anUnknownProjectionIsNamedWithTheKnownOnes() {
        var response = queries.post("/admin/projections/case-lists/rebuilds", "");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("application/problem+json"));
        assertThat(response.raw().body()).contains("case-list, deadline-radar, enterprises, statistics");
        assertThat(queries.get("/admin/projections/comparisons/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    private static JsonNode kept(String comparisonId) {
        for (JsonNode summary : CaseListCommands.ok(queries.get("/admin/projections/comparisons?limit=200"))) {
            if (summary.get("id").asText().equals(comparisonId)) {
                return summary;
            }
        }
        return null;
    }

    private static JsonNode finished(Http.Response started) {
        assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
        String location = "/admin/projections/comparisons/" + started.json().get("id").asText();
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200)).until(() ->
                !CaseListCommands.ok(queries.get(location)).get("status").asText().equals("RUNNING"));
        JsonNode result = CaseListCommands.ok(queries.get(location));
        assertThat(result.get("status").asText()).as(result.toString()).isEqualTo("FINISHED");
        return result;
    }

    /** Changes one row of the live case list, deletes another and adds a bogus one; returns the changed id. */
    private static String plant() throws SQLException {
        try (Connection connection = SharedApps.DATABASE.connect()) {
            var statement = connection.createStatement();
            var rows = statement.executeQuery("SELECT case_id FROM case_list WHERE province = 'SON_LA' AND case_id <> '"
                    + dispute + "' ORDER BY case_id LIMIT 2");
            rows.next();
            String changed = rows.getString(1);
            rows.next();
            String deleted = rows.getString(1);
            statement.executeUpdate("UPDATE case_list SET status = 'PLANTED' WHERE case_id = '" + changed + "'");
            statement.executeUpdate("DELETE FROM case_list WHERE case_id = '" + deleted + "'");
            statement.executeUpdate("""
                    INSERT INTO case_list (case_id, case_type, case_number, province, enterprise_tax_code,
                                           enterprise_name, status, opened_on, last_event_at, last_sequence)
                    SELECT gen_random_uuid(), case_type, 'BOGUS', province, enterprise_tax_code, enterprise_name,
                           status, opened_on, last_event_at, last_sequence FROM case_list
                     WHERE case_id = '%s'""".formatted(changed));
            return changed;
        }
    }

    private static String kind(JsonNode difference) {
        if (difference.get("live").isNull()) {
            return "missing";
        }
        return difference.get("rebuilt").isNull() ? "bogus" : "changed";
    }

    private static JsonNode find(JsonNode differences, String caseId) {
        for (JsonNode difference : differences) {
            if (difference.get("key").get("case_id").asText().equals(caseId)) {
                return difference;
            }
        }
        throw new AssertionError("No difference keyed " + caseId + " in " + differences);
    }

    private static List<String> caseList() throws SQLException {
        try (Connection connection = SharedApps.DATABASE.connect();
             var rows = connection.createStatement().executeQuery(
                     "SELECT to_jsonb(c)::text FROM case_list c ORDER BY case_id")) {
            List<String> all = new ArrayList<>();
            while (rows.next()) {
                all.add(rows.getString(1));
            }
            return all;
        }
    }
}
