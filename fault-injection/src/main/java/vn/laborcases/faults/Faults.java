package vn.laborcases.faults;

import com.fasterxml.jackson.databind.JsonNode;
import vn.laborcases.bench.Http;
import vn.laborcases.bench.IdentityProvider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The faults, injected while the load runs, each written down as it happens: kill -9 of a
 * command node at a random moment, kill -9 of a query node while its processors are behind
 * (in the middle of a batch), a restart of PostgreSQL, and the gap fault's late commit.
 */
final class Faults {

    /** One injected fault: its kind, its target, when (seconds into the load) and what was seen. */
    record Injected(String kind, String target, double at, String detail) {
    }

    static final String COMMAND_KILL = "kill -9 command node";
    static final String QUERY_KILL = "kill -9 query node mid-batch";
    static final String POSTGRES_RESTART = "PostgreSQL restart";
    static final String GAP = "late commit past the gap timeout";

    private static final Duration DOWN = Duration.ofSeconds(3);
    private static final Duration LAG_WATCH = Duration.ofSeconds(30);
    private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(3);

    private final Nodes nodes;
    private final Postgres postgres;
    private final IdentityProvider callers;
    private final Random random;
    private final long loadStart;
    final List<Injected> injected = new CopyOnWriteArrayList<>();
    private final Map<Nodes.Node, Thread> restarts = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicReference<String> broken =
            new java.util.concurrent.atomic.AtomicReference<>();

    Faults(Nodes nodes, Postgres postgres, IdentityProvider callers, Random random, long loadStart) {
        this.nodes = nodes;
        this.postgres = postgres;
        this.callers = callers;
        this.random = random;
        this.loadStart = loadStart;
    }

    /**
     * A random command node, at a random moment of the next few seconds, once both are up (with
     * both down, no command could be answered); restarted a few seconds later in the background.
     */
    void killCommandNode() throws InterruptedException {
        awaitRestarts(nodes.commandNodes);
        Thread.sleep(500 + random.nextInt(4500));
        Nodes.Node victim = nodes.commandNodes.get(random.nextInt(nodes.commandNodes.size()));
        long pid = victim.kill();
        double at = now();
        System.out.printf("  %6.1f s  %s %s (pid %d)%n", at, COMMAND_KILL, victim.name(), pid);
        restartLater(victim, at, COMMAND_KILL, "pid " + pid);
    }

    /**
     * The first query node seen with one of its processors behind the newest event (it holds
     * segments and is reading or writing a batch), killed at that moment; restarted a few
     * seconds later in the background. A node holding no segment is never the one seen behind.
     */
    void killQueryNodeMidBatch() throws InterruptedException {
        awaitRestarts(nodes.queryNodes);
        long deadline = System.nanoTime() + LAG_WATCH.toNanos();
        Nodes.Node victim = null;
        String behind = null;
        while (behind == null && System.nanoTime() < deadline) {
            for (Nodes.Node node : nodes.queryNodes) {
                Http.Answer answer = new Http(node.url(), callers, "admin").get("/admin/projections");
                if (!answer.ok()) {
                    continue;
                }
                for (JsonNode processor : answer.json()) {
                    if (processor.path("segments").size() > 0 && processor.path("eventsBehind").asLong() > 0) {
                        victim = node;
                        behind = processor.path("name").asText() + " " + processor.path("eventsBehind").asLong()
                                + " events behind";
                        break;
                    }
                }
                if (behind != null) {
                    break;
                }
            }
            if (behind == null) {
                Thread.sleep(10);
            }
        }
        if (victim == null) {
            victim = nodes.queryNodes.get(random.nextInt(nodes.queryNodes.size()));
        }
        long pid = victim.kill();
        double at = now();
        System.out.printf("  %6.1f s  %s %s (%s)%n", at, QUERY_KILL, victim.name(), behind);
        restartLater(victim, at, QUERY_KILL, (behind == null
                ? "no processor seen behind within " + LAG_WATCH.toSeconds() + " s; killed anyway" : behind)
                + "; pid " + pid);
    }

    private void restartLater(Nodes.Node victim, double at, String kind, String detail) {
        Thread restart = new Thread(() -> {
            String outcome;
            try {
                Thread.sleep(DOWN.toMillis());
                long restarting = System.nanoTime();
                victim.start();
                outcome = "ready again " + seconds(restarting) + " s after its restart";
            } catch (Exception e) {
                outcome = "NOT restarted: " + e.getMessage();
                broken.compareAndSet(null, victim.name() + " did not come back after its kill: " + e.getMessage());
            }
            injected.add(new Injected(kind, victim.name(), at, detail + "; " + outcome));
        }, "restart-" + victim.name());
        restart.start();
        restarts.put(victim, restart);
    }

    /** Waits until every restart under way of these nodes has ended. */
    void awaitRestarts(List<Nodes.Node> these) throws InterruptedException {
        for (Nodes.Node node : these) {
            Thread restart = restarts.get(node);
            if (restart != null) {
                restart.join();
            }
        }
    }

    /** Stop, a few seconds without a server, start; the apps must come back on their own. */
    void restartPostgres() throws IOException, InterruptedException {
        awaitRestarts(nodes.commandNodes);
        awaitRestarts(nodes.queryNodes);
        double at = now();
        postgres.restart(DOWN);
        long restarted = System.nanoTime();
        boolean recovered = awaitAllReady();
        injected.add(new Injected(POSTGRES_RESTART, "PostgreSQL", at, recovered
                ? "every node ready again " + seconds(restarted) + " s after PostgreSQL was back"
                : "NOT every node ready within " + RECOVERY_LIMIT.toSeconds() + " s"));
        System.out.printf("  %6.1f s  %s (%s)%n", at, POSTGRES_RESTART, recovered ? "recovered" : "NOT recovered");
    }

    void recordGap(GapFault.Outcome outcome, double at) {
        injected.add(new Injected(GAP, "case " + outcome.caseId(), at, "event " + outcome.eventId() + " at global index " + outcome.globalIndex()
                + " held open " + outcome.held().toSeconds() + " s; " + outcome.eventsCommittedBehind()
                + " later events committed meanwhile"));
        System.out.printf("  %6.1f s  %s (global index %d, %d later events committed before it)%n", now(), GAP,
                outcome.globalIndex(), outcome.eventsCommittedBehind());
    }

    /** Why the run cannot go on injecting faults (a node that did not come back), or null. */
    String broken() {
        return broken.get();
    }

    long count(String kind) {
        return injected.stream().filter(fault -> fault.kind().equals(kind)).count();
    }

    double now() {
        return (System.nanoTime() - loadStart) / 1e9;
    }

    /** Readiness (the database and every processor) of all four nodes. */
    private boolean awaitAllReady() throws InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + RECOVERY_LIMIT.toNanos();
        List<Nodes.Node> all = new java.util.ArrayList<>(nodes.commandNodes);
        all.addAll(nodes.queryNodes);
        for (Nodes.Node node : all) {
            URI readiness = node.url().resolve("/actuator/health/readiness");
            while (!ready(http, readiness)) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(250);
            }
        }
        return true;
    }

    private static boolean ready(HttpClient http, URI readiness) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static long seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e9);
    }
}
