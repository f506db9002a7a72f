package vn.laborcases.command.it;

import vn.laborcases.testsupport.TestDatabase;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.laborcases.command.it.DisputeRequestsJson.TODAY;
import static vn.laborcases.command.it.DisputeRequestsJson.dated;
import static vn.laborcases.command.it.DisputeRequestsJson.individualDispute;

/**
 * Statutory deadlines and the event stream survive a restart: a deadline set before the app
 * stops fires after it starts again, and the case file rebuilds exactly, snapshot included.
 */
class DeadlineRestartIntegrationTest {

    @Test
    void deadlineScheduledBeforeARestart_firesAfterIt() {
        TestDatabase database = TestDatabase.create();
        String id;
        // The first run never polls again after start-up, so its deadline cannot fire there.
        try (CommandSideApp first = CommandSideApp.start(database, "labor-cases.deadlines.polling-interval=1h",
                "labor-cases.snapshot-threshold=3")) {
            var filed = first.http().post("/api/disputes",
                    individualDispute(TODAY.minusMonths(2), TODAY.minusMonths(1)));
            assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
            id = filed.json().get("id").asText();
            var assigned = first.http().post("/api/disputes/" + id + "/mediator",
                    dated("assignedOn", TODAY.minusMonths(1).plusDays(1), "\"mediatorId\":\"m-3\""));
            first.http().post("/api/disputes/" + id + "/mediation/absences",
                    dated("sessionOn", TODAY.minusMonths(1).plusDays(2), "\"party\":\"EMPLOYER_SIDE\""));
            first.http().post("/api/disputes/" + id + "/mediation/absences",
                    dated("sessionOn", TODAY.minusMonths(1).plusDays(2), "\"party\":\"WORKER_SIDE\""));
            assertThat(assigned.status()).isEqualTo(200);
            assertThat(StoredEvents.scalar(database, "SELECT count(*) FROM scheduled_tasks")).isPositive();
            assertThat(StoredEvents.types(database, id)).doesNotContain("MediationLapsedEvent");
        }

        try (CommandSideApp second = CommandSideApp.start(database, "labor-cases.deadlines.polling-interval=200ms",
                "labor-cases.snapshot-threshold=3")) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> StoredEvents.types(database, id).contains("MediationLapsedEvent"));

            var lapsed = StoredEvents.of(database, id).stream()
                    .filter(event -> event.simpleType().equals("MediationLapsedEvent")).findFirst().orElseThrow();
            assertThat(lapsed.metaData().get("actor").asText()).isEqualTo("system:statutory-deadline");
            assertThat(lapsed.metaData().get("businessTime").asText()).endsWith("T00:00+07:00");
            var state = second.http().get("/api/disputes/" + id).json();
            assertThat(state.get("status").asText()).isEqualTo("MEDIATION_LAPSED");
            assertThat(state.get("version").asLong()).isEqualTo(StoredEvents.of(database, id).size() - 1);
            assertThat(StoredEvents.scalar(database, "SELECT count(*) FROM snapshot_event_entry")).isPositive();
            // Counted once the lapse has committed, in the province of the case's opening event.
            Counter missed = second.bean(MeterRegistry.class).get("labor_cases.deadlines.missed")
                    .tag("province", "HO_CHI_MINH").counter();
            await().atMost(Duration.ofSeconds(30)).until(() -> missed.count() >= 1);
        }
    }
}
