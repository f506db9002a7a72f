package vn.laborcases.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.laborcases.eventstore.TransactionHorizon;
import vn.laborcases.query.caselist.CaseListProjection;
import vn.laborcases.testsupport.CommandSideProcess;
import vn.laborcases.testsupport.Http;
import vn.laborcases.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.laborcases.query.it.CaseListIntegrationTest.TODAY;

/**
 * An event whose transaction commits long after events appended behind it still reaches the
 * projections (DESIGN.md, "Gaps in the global index"). Two slow writers each append a dispute's
 * closure and stay open; other cases are filed meanwhile; the younger slow writer commits first,
 * more than the (shortened) gap timeout after it wrote: Axon alone would then give up on the
 * older writer's global index for good. Its closure must still show in the case list, and a
 * comparison of the case list with a rebuild from the store must find nothing missing.
 * <p>
 * Its own apps and database: it holds transactions open, which holds back every reader of the
 * store on the server, and it shortens the gap timeout to one second.
 */
class InFlightEventIntegrationTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(1);

    @Test
    void anEventCommittedAfterLaterOnesAndAfterTheGapTimeoutReachesTheProjections() throws SQLException {
        TestDatabase database = TestDatabase.create();
        try (CommandSideProcess commandSide = CommandSideProcess.start(database);
             QuerySideApp querySide = QuerySideApp.startWith(database,
                     "labor-cases.event-store.gap-timeout=" + GAP_TIMEOUT.toMillis() + "ms")) {
            Http commands = commandSide.http();
            Http queries = querySide.http();
            TransactionHorizon horizon = querySide.bean(TransactionHorizon.class);
            String closedOne = dispute(commands);
            CaseListCommands.ok(commands.post("/api/disputes/" + closedOne + "/closure",
                    "{\"on\":\"%s\",\"reason\":\"Settled outside\"}".formatted(TODAY.minusDays(2))));
            String older = dispute(commands);
            String younger = dispute(commands);
            await().atMost(Duration.ofSeconds(30)).until(() -> closed(queries, closedOne)
                    && listed(queries, older) && listed(queries, younger));

            try (Connection olderWriter = database.connect(); Connection youngerWriter = database.connect()) {
                olderWriter.setAutoCommit(false);
                youngerWriter.setAutoCommit(false);
                long olderIndex = appendClosure(olderWriter, closedOne, older);
                appendClosure(youngerWriter, closedOne, younger);
                Instant written = Instant.now();

                // Appended normally, after both slow writers took their global indexes.
                String filedMeanwhile = dispute(commands);
                await().atMost(Duration.ofSeconds(30)).until(() ->
                        (listed(queries, filedMeanwhile) || heldBehind(horizon, olderIndex))
                                && Duration.between(written, Instant.now()).compareTo(GAP_TIMEOUT.multipliedBy(2)) > 0);

                // Its event is now older than the gap timeout: reading it is what made Axon drop the older gap.
                youngerWriter.commit();
                await().atMost(Duration.ofSeconds(30)).until(() ->
                        closed(queries, younger) || heldBehind(horizon, olderIndex));
                olderWriter.commit();

                await().atMost(Duration.ofSeconds(60)).until(() -> closed(queries, older));
                assertThat(closed(queries, younger)).isTrue();
                assertThat(listed(queries, filedMeanwhile)).isTrue();
            }

            ProjectionRebuild.awaitCaughtUp(querySide, CaseListProjection.PROCESSING_GROUP);
            JsonNode comparison = finished(queries, queries.post("/admin/projections/case-list/comparisons", ""));
            assertThat(comparison.get("differences")).as(comparison.toString()).isEmpty();
            assertThat(comparison.get("faithful").asBoolean()).isTrue();
        }
    }

    /**
     * Whether the query side provably holds back everything after the older writer's event:
     * it has not read past it, and has waited for it longer than the gap timeout.
     */
    private static boolean heldBehind(TransactionHorizon horizon, long olderIndex) {
        return horizon.settled() < olderIndex && horizon.heldBack().compareTo(GAP_TIMEOUT) > 0;
    }

    private static String dispute(Http commands) {
        return CaseListCommands.fileDispute(commands, "HUE", CaseListIntegrationTest.randomTaxCode(), TODAY.minusDays(4));
    }

    /**
     * Appends, in the writer's open transaction, a closure of {@code dispute} in the stored form of
     * {@code closedOne}'s closure, as the dispute's next event; returns its global index.
     */
    private static long appendClosure(Connection writer, String closedOne, String dispute) throws SQLException {
        try (PreparedStatement insert = writer.prepareStatement("""
                INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, meta_data,
                                                payload, payload_revision, payload_type, time_stamp)
                SELECT ?, (SELECT max(sequence_number) + 1 FROM domain_event_entry WHERE aggregate_identifier = ?),
                       type, ?, meta_data, convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8'),
                       payload_revision, payload_type, ?
                FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%DisputeClosedEvent'
                RETURNING global_index""")) {
            insert.setString(1, dispute);
            insert.setString(2, dispute);
            insert.setString(3, UUID.randomUUID().toString());
            insert.setString(4, closedOne);
            insert.setString(5, dispute);
            insert.setString(6, Instant.now().toString());
            insert.setString(7, closedOne);
            try (ResultSet inserted = insert.executeQuery()) {
                assertThat(inserted.next()).isTrue();
                return inserted.getLong(1);
            }
        }
    }

    private static boolean listed(Http queries, String dispute) {
        return queries.get("/api/cases/" + dispute).status() == 200;
    }

    private static boolean closed(Http queries, String dispute) {
        Http.Response response = queries.get("/api/cases/" + dispute);
        return response.status() == 200 && response.raw().body().contains("\"CLOSED\"");
    }

    private static JsonNode finished(Http queries, Http.Response started) {
        assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
        String location = "/admin/projections/comparisons/" + started.json().get("id").asText();
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200)).until(() ->
                !CaseListCommands.ok(queries.get(location)).get("status").asText().equals("RUNNING"));
        JsonNode result = CaseListCommands.ok(queries.get(location));
        assertThat(result.get("status").asText()).as(result.toString()).isEqualTo("FINISHED");
        return result;
    }
}
