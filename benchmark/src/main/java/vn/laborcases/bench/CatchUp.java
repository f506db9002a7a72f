package vn.laborcases.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Projection throughput as a new query side sees it: one started from its jar on a schema of
 * its own (empty projections, no tokens), reading the whole store from the first event. The
 * rate is that of its slowest projection, from the moment it is ready until every projection
 * has caught up or the window has passed. Ours and the peer are measured the same way. A store
 * read whole before the app is ready (a smoke run's) gives no rate: NaN, reported as not measured.
 */
final class CatchUp {

    private static final Duration POLL = Duration.ofMillis(250);

    private final Settings settings;
    private final IdentityProvider callers;

    CatchUp(Settings settings, IdentityProvider callers) {
        this.settings = settings;
        this.callers = callers;
    }

    /** Events per second of the slowest projection of a query side run with these arguments. */
    double eventsPerSecond(String name, int port, List<String> arguments) throws Exception {
        String schema = "bench_catch_up_" + name.replace('-', '_');
        dropSchema(schema);
        String url = settings.jdbcUrl() + (settings.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema
                + ",public";
        var withSchema = new ArrayList<>(arguments);
        withSchema.add("--spring.flyway.schemas=" + schema);
        try (var app = AppProcess.start(name, settings.queryJar(), port, url, settings, withSchema)) {
            var admin = new Http(app.url(), callers, "admin");
            long startProcessed = slowestProcessed(admin.get("/admin/projections").require("the projections").json());
            long start = System.nanoTime();
            long processed = startProcessed;
            long behind;
            do {
                Thread.sleep(POLL.toMillis());
                JsonNode processors = admin.get("/admin/projections").require("the projections").json();
                processed = slowestProcessed(processors);
                behind = mostBehind(processors);
            } while (behind > 0 && System.nanoTime() - start < settings.catchUpTime().toNanos());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %,d events in %.1f s from %,d (%s)%n", name, processed - startProcessed, seconds,
                    startProcessed, behind > 0 ? behind + " still behind" : "caught up");
            // A small store can be read whole while the app starts, before the first observation: no rate to give.
            return processed == startProcessed && behind == 0 ? Double.NaN : (processed - startProcessed) / seconds;
        } finally {
            dropSchema(schema);
        }
    }

    /** The global index that every projection has passed (a processor with no segment yet: none). */
    private static long slowestProcessed(JsonNode processors) {
        long slowest = Long.MAX_VALUE;
        for (JsonNode processor : processors) {
            JsonNode segments = processor.path("segments");
            if (segments.isEmpty()) {
                return 0;
            }
            for (JsonNode segment : segments) {
                slowest = Math.min(slowest, segment.path("position").asLong(0));
            }
        }
        return slowest == Long.MAX_VALUE ? 0 : slowest;
    }

    private static long mostBehind(JsonNode processors) {
        long behind = processors.isEmpty() ? Long.MAX_VALUE : 0;
        for (JsonNode processor : processors) {
            behind = Math.max(behind, processor.path("eventsBehind").asLong(Long.MAX_VALUE));
        }
        return behind;
    }

    private void dropSchema(String schema) throws SQLException {
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword());
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
