package vn.laborcases.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.laborcases.eventstore.ProcessorPeers;
import vn.laborcases.testsupport.CommandSideProcess;
import vn.laborcases.testsupport.Http;
import vn.laborcases.testsupport.TestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two query-side instances on one database: they share each projection's segments through the
 * token store, a rebuild on one pauses the projection on both, and when one dies without a
 * word the other takes its segments over once its claims time out, and catches up.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoQueryNodesIntegrationTest {

    private static final List<String> PROCESSORS =
            List.of("case-list", "deadline-radar", "enterprises", "statistics", "audit-trail");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String[] FAST_TAKEOVER = {
            "labor-cases.event-store.claim-timeout=3s", "labor-cases.event-store.balance-interval=500ms"};
    private static final TestDatabase DATABASE = TestDatabase.create();
    private static CommandSideProcess commandSide;
    private static QuerySideApp survivor;
    private static QuerySideApp doomed;

    @BeforeAll
    static void start() {
        commandSide = CommandSideProcess.start(DATABASE);
        survivor = QuerySideApp.startWith(DATABASE, FAST_TAKEOVER);
        doomed = QuerySideApp.startWith(DATABASE, FAST_TAKEOVER);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable app : new AutoCloseable[]{doomed, survivor, commandSide}) {
            try {
                if (app != null) {
                    app.close();
                }
            } catch (Exception e) {
                // The doomed instance is closed already; the others are best effort too.
            }
        }
    }

    @Test
    @Order(1)
    void bothInstancesHoldSegmentsOfEveryProjection() {
        fileDisputes(3);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (String processor : PROCESSORS) {
                int here = claimed(survivor, processor);
                int there = claimed(doomed, processor);
                assertThat(here).as(processor + " on the first instance").isEqualTo(1);
                assertThat(there).as(processor + " on the second instance").isEqualTo(1);
            }
        });
    }

    @Test
    @Order(2)
    void aScreenOnEitherInstanceSeesEveryChangedCase() throws Exception {
        Screen here = Screen.watching(survivor.http(), "HA_NOI");
        Screen there = Screen.watching(doomed.http(), "HA_NOI");
        try {
            List<String> filed = fileDisputes(6);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                for (String id : filed) {
                    assertThat(here.lines()).as("first instance's screen").anyMatch(line -> line.contains(id));
                    assertThat(there.lines()).as("second instance's screen").anyMatch(line -> line.contains(id));
                }
            });
        } finally {
            here.close();
            there.close();
        }
    }

    @Test
    @Order(3)
    void aRebuildOnOneInstancePausesTheProjectionOnBothAndThenBothResume() {
        List<String> filed = fileDisputes(2);
        ProcessorPeers peers = survivor.bean(ProcessorPeers.class);
        assertThat(peers.reserve("case-list")).isTrue();
        try {
            var elsewhere = doomed.http().post("/admin/projections/case-list/rebuilds", "");
            assertThat(elsewhere.status()).as("one replay per projection across instances").isEqualTo(409);
            assertThat(elsewhere.raw().body()).contains("another instance");
        } finally {
            peers.release("case-list");
        }

        var started = survivor.http().post("/admin/projections/case-list/rebuilds", "");
        assertThat(started.status()).as(started.raw().body()).isEqualTo(202);

        String location = "/admin/projections/case-list/rebuilds/" + started.json().get("id").asText();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode progress = CaseListCommands.ok(survivor.http().get(location));
            return progress.get("finishedAt") != null && !progress.get("finishedAt").isNull();
        });
        JsonNode done = CaseListCommands.ok(survivor.http().get(location));
        assertThat(done.get("phase").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(caseListRows(filed)).isEqualTo(filed.size());

        List<String> after = fileDisputes(2);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(caseListRows(after)).isEqualTo(after.size());
            assertThat(claimed(survivor, "case-list")).isEqualTo(1);
            assertThat(claimed(doomed, "case-list")).isEqualTo(1);
        });
    }

    @Test
    @Order(4)
    void whenOneInstanceDies_theOtherTakesAllSegmentsAndCatchesUp() {
        // Cut off from the database first: the dying instance can neither release its claims
        // nor sign off, as after a kill -9; its claims must time out.
        try {
            doomed.bean(DataSource.class).unwrap(HikariDataSource.class).close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        doomed.close();

        List<String> filed = fileDisputes(3);
        long head = headOfStore();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            for (String processor : PROCESSORS) {
                StreamingEventProcessor live = processor(survivor, processor);
                assertThat(live.processingStatus()).as(processor).hasSize(2);
                assertThat(live.processingStatus().values())
                        .allSatisfy(segment -> assertThat(segment.getCurrentPosition().orElse(-1)).isGreaterThanOrEqualTo(head));
            }
            assertThat(caseListRows(filed)).isEqualTo(filed.size());
        });
    }

    private static List<String> fileDisputes(int count) {
        Http commands = commandSide.http();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(CaseListCommands.fileDispute(commands, "HA_NOI", "0101234567", TODAY.minusDays(3)));
        }
        return ids;
    }

    private static int claimed(QuerySideApp app, String processor) {
        return processor(app, processor).processingStatus().size();
    }

    private static StreamingEventProcessor processor(QuerySideApp app, String name) {
        return app.bean(EventProcessingConfiguration.class).eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow();
    }

    private static long headOfStore() {
        return query("SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
    }

    private static long caseListRows(List<String> ids) {
        return query("SELECT count(*) FROM case_list WHERE case_id::text IN ('" + String.join("','", ids) + "')");
    }

    private static long query(String sql) {
        try (Connection connection = DATABASE.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
