package vn.laborcases.command.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laborcases.testsupport.Http;
import vn.laborcases.testsupport.TestDatabase;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.it.ArrearsRequestsJson.PATH;
import static vn.laborcases.command.it.ArrearsRequestsJson.complaint;
import static vn.laborcases.command.it.ArrearsRequestsJson.line;

/**
 * Two command-side instances on one database, as behind a load balancer: commands for the same
 * case land on either, and optimistic concurrency in the event store keeps the case whole.
 */
class TwoCommandNodesIntegrationTest {

    private static final TestDatabase DATABASE = TestDatabase.create();
    private static final int WRITERS = 24;
    private static CommandSideApp first;
    private static CommandSideApp second;

    @BeforeAll
    static void startTwoNodes() {
        first = CommandSideApp.start(DATABASE, "labor-cases.deadlines.polling-interval=1h");
        second = CommandSideApp.start(DATABASE, "labor-cases.deadlines.polling-interval=1h");
    }

    @AfterAll
    static void stopNodes() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void claimLinesAddedThroughBothNodesAtOnce_allRecordedOnConsecutiveVersions() throws Exception {
        String id = acceptedComplaint();

        List<Integer> statuses = Race.of(WRITERS, writer -> node(writer).post(PATH + "/" + id + "/claim-lines",
                line("WAGES", "2026-01", "2026-01", 1_000_000L + writer, "2026-02-05", 5_000_000L)).status());

        assertThat(statuses).as("no version given: a lost race is retried, not refused").containsOnly(200);
        List<StoredEvents.Row> events = StoredEvents.of(DATABASE, id);
        assertThat(events.stream().filter(e -> e.simpleType().equals("ClaimLineAddedEvent")).count())
                .isEqualTo(WRITERS);
        assertThat(events).extracting(StoredEvents.Row::sequence)
                .containsExactlyElementsOf(consecutive(events.size()));

        var stale = second.http().post(PATH + "/" + id + "/claim-lines",
                line("WAGES", "2026-02", "2026-02", 7_000_000L, "2026-03-05", 5_000_000L), "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(events.size() - 1);
    }

    @Test
    void theSameRequestOnBothNodesAtOnce_isRecordedOnceAndBothGetItsAnswer() throws Exception {
        String id = acceptedComplaint();
        int before = StoredEvents.of(DATABASE, id).size();

        for (int round = 0; round < 5; round++) {
            String key = "twin-" + id + "-" + round;
            List<String> answers = Race.of(2, writer -> {
                var response = node(writer).post(PATH + "/" + id + "/claim-lines",
                        line("WAGES", "2026-01", "2026-01", 2_000_000L, "2026-02-05", 5_000_000L),
                        "Idempotency-Key", key);
                assertThat(response.status()).as(response.raw().body()).isIn(200, 409);
                return response.status() == 200 ? response.header("ETag") : "refused";
            });
            assertThat(answers.stream().filter(answer -> !answer.equals("refused")).distinct().toList())
                    .as("a twin gets the first answer, or a clean 409, never a second execution").hasSize(1);
        }
        assertThat(StoredEvents.of(DATABASE, id)).hasSize(before + 5);
    }

    private static String acceptedComplaint() {
        var registered = first.http().post(PATH, complaint("2026-03-02"));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        String id = registered.json().get("id").asText();
        assertThat(second.http().post(PATH + "/" + id + "/triage/complaint", "{\"triagedOn\":\"2026-03-03\"}")
                .status()).isEqualTo(200);
        assertThat(first.http().post(PATH + "/" + id + "/acceptance", "{\"acceptedOn\":\"2026-03-05\"}")
                .status()).isEqualTo(200);
        return id;
    }

    private static Http node(int writer) {
        return (writer % 2 == 0 ? first : second).http();
    }

    private static List<Long> consecutive(int count) {
        List<Long> sequence = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            sequence.add(i);
        }
        return sequence;
    }
}
