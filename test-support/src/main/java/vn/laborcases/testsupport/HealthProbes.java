package vn.laborcases.testsupport;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What an app's liveness and readiness probes must say, before, during and after a database outage. */
public final class HealthProbes {

    private HealthProbes() {
    }

    /** Awaits readiness 200/UP with the database and the event processors UP. */
    public static void awaitReady(Http http) {
        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
            var ready = http.get("/actuator/health/readiness");
            assertThat(ready.status()).as(ready.raw().body()).isEqualTo(200);
            assertThat(ready.json().at("/components/db/status").asText()).isEqualTo("UP");
            assertThat(ready.json().at("/components/eventProcessors/status").asText()).isEqualTo("UP");
        });
    }

    /**
     * Cuts the app's database off, awaits readiness 503/DOWN because of the database, checks that
     * liveness stays 200/UP meanwhile, and restores the database whatever happened.
     */
    public static void assertNotReadyButAliveWhileCutOff(TestDatabase database, Http http) {
        database.cutOff();
        try {
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
                var down = http.get("/actuator/health/readiness");
                assertThat(down.status()).isEqualTo(503);
                assertThat(down.json().at("/components/db/status").asText()).isEqualTo("DOWN");
            });
            var liveness = http.get("/actuator/health/liveness");
            assertThat(liveness.status()).isEqualTo(200);
            assertThat(liveness.json().get("status").asText()).isEqualTo("UP");
        } finally {
            database.restore();
        }
    }
}
