package vn.laborcases.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rebuilds every projection through the replay API (ADMIN), all started together, and reads the
 * event table once with plain JDBC in global order: the replay's rate beside the raw rate at
 * which the same store can be read at all.
 */
final class Replay {

    /**
     * @param eventsPerSecond events in the store over the time from the first start to the last swap
     * @param slowestPhases   for each phase of a rebuild, the longest any projection spent in it, in seconds
     */
    record Result(long storeEvents, Duration wall, double eventsPerSecond, Map<String, Double> perProjection,
                  Map<String, Double> slowestPhases) {
    }

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration GIVE_UP = Duration.ofHours(2);

    private final Http admin;
    private final Settings settings;

    Replay(Http admin, Settings settings) {
        this.admin = admin;
        this.settings = settings;
    }

    long storeEvents() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** Rows per second of a full, ordered read of domain_event_entry, every column fetched. */
    double rawSelectRate() throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(5_000);
                long start = System.nanoTime();
                long rows = 0;
                long bytes = 0;
                try (ResultSet events = statement.executeQuery("SELECT * FROM domain_event_entry ORDER BY global_index")) {
                    int columns = events.getMetaData().getColumnCount();
                    while (events.next()) {
                        for (int c = 1; c <= columns; c++) {
                            byte[] value = events.getBytes(c);
                            bytes += value == null ? 0 : value.length;
                        }
                        rows++;
                    }
                }
                connection.rollback();
                return rows == 0 || bytes == 0 ? Double.NaN : rows / ((System.nanoTime() - start) / 1e9);
            }
        }
    }

    Result rebuildAll() throws InterruptedException, SQLException {
        long events = storeEvents();
        Map<String, String> rebuilds = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (JsonNode processor : admin.get("/admin/projections").require("the projections").json()) {
            String name = processor.path("name").asText();
            Http.Answer started = admin.post("/admin/projections/" + name + "/rebuilds", "");
            if (started.status() == 404) {
                continue; // a processor that is not a replayable projection
            }
            rebuilds.put(name, started.require("the rebuild of " + name).json().path("id").asText());
        }
        if (rebuilds.isEmpty()) {
            throw new IllegalStateException("The query side lists no projection to rebuild");
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        Map<String, Double> phases = new LinkedHashMap<>();
        long giveUp = start + GIVE_UP.toNanos();
        while (rates.size() < rebuilds.size()) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("The rebuilds did not finish within " + GIVE_UP);
            }
            Thread.sleep(POLL.toMillis());
            for (var rebuild : rebuilds.entrySet()) {
                if (rates.containsKey(rebuild.getKey())) {
                    continue;
                }
                JsonNode progress = admin.get("/admin/projections/" + rebuild.getKey() + "/rebuilds/"
                        + rebuild.getValue()).require("the rebuild's progress").json();
                switch (progress.path("phase").asText()) {
                    case "DONE" -> {
                        rates.put(rebuild.getKey(), progress.path("eventsPerSecond").asDouble(Double.NaN));
                        progress.path("secondsByPhase").properties().forEach(phase ->
                                phases.merge(phase.getKey(), phase.getValue().asDouble(), Math::max));
                    }
                    case "FAILED" -> throw new IllegalStateException("The rebuild of " + rebuild.getKey()
                            + " failed: " + progress.path("error").asText());
                    default -> {
                    }
                }
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        return new Result(events, wall, events / (wall.toNanos() / 1e9), rates, phases);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword());
    }
}
