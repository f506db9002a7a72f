package vn.laborcases.faults;

import com.fasterxml.jackson.databind.JsonNode;
import vn.laborcases.bench.Http;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The read side after the load: waits until every processor's segments, whichever node holds
 * them, have reached the newest event; then compares each projection with a rebuild from the
 * store (the query side's comparison API) and counts the rows that differ.
 */
final class ProjectionsCheck {

    private static final Duration COMPARISON_LIMIT = Duration.ofMinutes(10);

    /** One projection's comparison: its differing rows (live vs rebuilt), the first few of them, or why it failed. */
    record Comparison(String projection, String status, long differences, List<String> examples, String error) {
    }

    private final List<Http> admins;
    private final StoreFacts store;

    /** @param admins the query nodes, each as the administrator */
    ProjectionsCheck(List<Http> admins, StoreFacts store) {
        this.admins = admins;
        this.store = store;
    }

    /** Answers whether every segment reached the head within the limit. */
    boolean awaitCaughtUp(Duration limit) throws SQLException, InterruptedException {
        if (admins.isEmpty()) {
            return false;
        }
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (caughtUp()) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private boolean caughtUp() throws SQLException {
        long head = store.head();
        Map<String, Integer> segments = segmentCounts();
        Map<String, Set<Integer>> reached = new HashMap<>();
        for (Http admin : admins) {
            Http.Answer answer;
            try {
                answer = admin.get("/admin/projections");
            } catch (RuntimeException restartingNode) {
                return false;
            }
            if (!answer.ok()) {
                return false;
            }
            for (JsonNode processor : answer.json()) {
                for (JsonNode segment : processor.path("segments")) {
                    if (!segment.path("position").isNull() && segment.path("position").asLong() >= head
                            && !segment.path("error").asBoolean()) {
                        reached.computeIfAbsent(processor.path("name").asText(), n -> new HashSet<>())
                                .add(segment.path("segment").asInt());
                    }
                }
            }
        }
        return !segments.isEmpty() && segments.entrySet().stream()
                .allMatch(e -> reached.getOrDefault(e.getKey(), Set.of()).size() == e.getValue());
    }

    /** How many segments each processor has, from the query side's token table. */
    private Map<String, Integer> segmentCounts() throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection connection = store.connect(); PreparedStatement select = connection.prepareStatement(
                "SELECT processor_name, count(*) FROM query_token_entry GROUP BY processor_name");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    /**
     * Each projection in turn, on the first query node, once it holds every segment: the
     * comparison API compares on an instance that runs every segment of the live processor
     * (LiveProcessors.awaitReached), so the other query nodes must have been stopped.
     */
    List<Comparison> compareEach() throws InterruptedException, SQLException {
        if (admins.isEmpty()) {
            return List.of();
        }
        Http admin = admins.get(0);
        awaitEverySegmentOn(admin, Duration.ofMinutes(2));
        List<Comparison> comparisons = new ArrayList<>();
        for (JsonNode processor : admin.get("/admin/projections").require("GET /admin/projections").json()) {
            comparisons.add(compare(admin, processor.path("name").asText()));
        }
        return comparisons;
    }

    private void awaitEverySegmentOn(Http admin, Duration limit) throws InterruptedException, SQLException {
        Map<String, Integer> segments = segmentCounts();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Integer> held = new HashMap<>();
            Http.Answer answer = admin.get("/admin/projections");
            if (answer.ok()) {
                answer.json().forEach(p -> held.put(p.path("name").asText(), p.path("segments").size()));
                if (held.equals(segments)) {
                    return;
                }
            }
            Thread.sleep(500);
        }
    }

    private static Comparison compare(Http admin, String projection) throws InterruptedException {
        String path = "/admin/projections/" + projection + "/comparisons";
        String id = admin.post(path, "").require("POST " + path).json().path("id").asText();
        long deadline = System.nanoTime() + COMPARISON_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = admin.get("/admin/projections/comparisons/" + id).require("GET comparison " + id).json();
            String status = run.path("status").asText();
            if (!status.equals("RUNNING")) {
                List<String> examples = new ArrayList<>();
                for (JsonNode difference : run.path("differences")) {
                    if (examples.size() < 3) {
                        examples.add(difference.toString());
                    }
                }
                String error = null;
                for (JsonNode part : run.path("projections")) {
                    if (!part.path("error").isNull() && !part.path("error").asText().isEmpty()) {
                        error = part.path("error").asText();
                    }
                }
                return new Comparison(projection, status, run.path("totalDifferences").asLong(), examples, error);
            }
            Thread.sleep(1000);
        }
        return new Comparison(projection, "TIMED_OUT", 0, List.of(), "not finished within " + COMPARISON_LIMIT);
    }
}
