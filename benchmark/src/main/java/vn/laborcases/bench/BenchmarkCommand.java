package vn.laborcases.bench;

import com.fasterxml.jackson.databind.JsonNode;
import vn.laborcases.demo.DemoData;
import vn.laborcases.demo.Options;
import vn.laborcases.demo.Summary;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./benchmark.sh} starts PostgreSQL and both apps, then runs this: every stage of issue 8
 * in one go against the running apps, a table of the figures and targets, and a last line of
 * JSON. A stage that fails is reported and the others still run; the exit code is then 1.
 */
public final class BenchmarkCommand {

    /** The load runs' own seeds, apart from the store's (42), so that they start new enterprises' cases. */
    private static final long SEED_ONE_CLIENT = 1001;
    private static final long SEED_SIXTEEN_CLIENTS = 1016;
    private static final long SEED_PEER = 1099;
    private static final long SEED_WARM_UP = 2000;
    private static final long SEED_PEER_WARM_UP = 3000;
    private static final long STORE_SEED = 42;
    private static final long FILL_ROUND = 10_000;

    private final Settings settings;
    private final IdentityProvider callers;
    private final Report report = new Report();
    private final Http supervisor;
    private final Http queryAdmin;

    private BenchmarkCommand(Settings settings, IdentityProvider callers) {
        this.settings = settings;
        this.callers = callers;
        this.supervisor = new Http(settings.queryUrl(), callers, "supervisor");
        this.queryAdmin = new Http(settings.queryUrl(), callers, "admin");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Settings.USAGE);
            return 64;
        }
        try (var callers = IdentityProvider.start(settings.jwksPort())) {
            return new BenchmarkCommand(settings, callers).measure();
        }
    }

    private int measure() {
        describeRun();
        stage("pgbench", this::pgbench);
        stage("event store", this::buildStore);
        stage("warm-up", () -> warmUp(settings.commandUrl(), "", List.of(settings.commandPid(), settings.queryPid()),
                SEED_WARM_UP));
        stage("commands, 1 client", () -> commands(settings.commandUrl(), "", 1, SEED_ONE_CLIENT, null));
        stage("commands and projection lag, 16 clients", this::commandsAndLag);
        stage("supervisor queries", this::queries);
        stage("reconstruction", this::reconstruction);
        stage("replay", this::replay);
        stage("memory", this::memory);
        stage("out-of-the-box Axon peer", this::peer);
        report.note("load_average_at_end", loadAverage());
        System.out.println();
        System.out.print(report.table());
        System.out.println(report.json());
        return report.failures().isEmpty() ? 0 : 1;
    }

    private interface Stage {
        void run() throws Exception;
    }

    private void stage(String name, Stage stage) {
        System.out.printf("%n== %s%n", name);
        long start = System.nanoTime();
        try {
            stage.run();
            System.out.printf("== %s: done in %.1f s%n", name, (System.nanoTime() - start) / 1e9);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            System.out.printf("== %s: FAILED after %.1f s: %s%n", name, (System.nanoTime() - start) / 1e9, e);
            report.failed(name, e);
        }
    }

    private void describeRun() {
        report.note("date", Instant.now().toString());
        report.note("mode", settings.smoke() ? "smoke" : "full");
        report.note("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        report.note("java", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        report.note("load_average_at_start", loadAverage());
        try (var connection = DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword());
             var statement = connection.createStatement();
             var version = statement.executeQuery("SHOW server_version")) {
            version.next();
            report.note("postgresql", version.getString(1));
        } catch (Exception e) {
            report.failed("PostgreSQL's version", e);
        }
    }

    private void pgbench() throws Exception {
        var pgbench = new PgBench(settings);
        for (int clients : new int[]{1, 16}) {
            double tps = pgbench.tps(clients);
            System.out.printf("pgbench single-row ~1 KB INSERT, %d clients: %.0f tps%n", clients, tps);
            report.add("pgbench_tps_" + clients, "pgbench single-insert tps, " + clients + " client(s)", tps, "tx/s");
        }
    }

    /**
     * Fills the store towards --events with the demo generator, in rounds of at most
     * {@link #FILL_ROUND} events (each round its own seed), until it is reached or --fill-minutes
     * have passed; then lets the projections catch up. The store's real size is reported.
     */
    private void buildStore() throws Exception {
        var replay = new Replay(queryAdmin, settings);
        long start = System.nanoTime();
        long commands = 0;
        for (int round = 0; ; round++) {
            long missing = settings.events() - replay.storeEvents();
            if (missing <= 0 || System.nanoTime() - start > settings.fillTime().toNanos()) {
                break;
            }
            Summary summary = DemoData.generate(Options.of(settings.commandUrl(), 0, STORE_SEED + round,
                    settings.fillThreads()).withEvents(Math.min(missing, FILL_ROUND)).withCredentials(
                    new Options.Credentials(null, null, callers.token("inspector")),
                    new Options.Credentials(null, null, callers.token("supervisor"))), System.out);
            System.out.print(summary.describe());
            commands += summary.commands();
            if (summary.failureShare() > 0.01) {
                throw new IllegalStateException("More than 1% of the store's commands failed");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report.add("store_build_commands_per_s", "store build: commands/s (" + settings.fillThreads()
                + " generator clients)", commands / seconds, "cmd/s");
        report.add("store_build_s", "store build: time", seconds, "s");
        report.add("store_events", "store build: events in the store", replay.storeEvents(), "events");
        report.add("projection_catch_up_s", "projections caught up after the store build", awaitProjections(), "s");
    }

    /**
     * Loads the apps unmeasured until their compilers are quiet ({@link WarmUp}); our query side
     * answers lag probes meanwhile, so that its read path is compiled too. Keys and labels as in
     * {@link #commands}.
     */
    private void warmUp(URI commandSide, String key, List<Long> pids, long seed) throws InterruptedException {
        if (settings.warmUpLimit().isZero()) {
            return;
        }
        var probes = key.isEmpty() ? new ProjectionLag(supervisor, settings.lagSampleEvery()) : null;
        var result = new WarmUp(commandSide, callers, settings.fillThreads()).run(pids, settings.warmUpLimit(), seed,
                probes == null ? (caseId, version) -> { } : probes);
        if (probes != null) {
            probes.finish();
        }
        String label = key.isEmpty() ? "" : "peer: ";
        report.add(key + "warm_up_s", label + "warm-up before the command windows", result.took().toMillis() / 1e3, "s");
        report.add(key + "warm_up_jit_share", label + "warm-up's last slice: JIT compilers' share of a core",
                result.lastCompilerShare() * 100, "%");
        if (!result.settled()) {
            System.out.printf("The compilers were still busy after the warm-up's limit of %s%n", settings.warmUpLimit());
        }
    }

    /** Keys and labels of the peer's figures start with {@code peer_} / "peer: ". */
    private void commands(URI commandSide, String key, int clients, long seed, CommandLoad.Acknowledged onAck) {
        var result = new CommandLoad(commandSide, callers).run(clients, settings.loadTime(), seed,
                onAck == null ? (caseId, version) -> { } : onAck);
        System.out.printf("%d clients: %d commands in %s, %d cases refused%n", clients, result.accepted(),
                result.window(), result.casesRefused());
        String label = key.isEmpty() ? "" : "peer: ";
        report.add(key + "commands_per_s_" + clients, label + "HTTP commands/s, " + clients + " client(s)",
                result.perSecond(), "cmd/s");
        report.add(key + "command_p50_ms_" + clients, label + "command latency p50, " + clients + " client(s)",
                result.latencies().percentileMs(50), "ms");
        report.add(key + "command_p99_ms_" + clients, label + "command latency p99, " + clients + " client(s)",
                result.latencies().percentileMs(99), "ms");
        report.add(key + "command_max_ms_" + clients, label + "command latency max, " + clients + " client(s)",
                result.latencies().maxMs(), "ms");
        if (result.accepted() == 0) {
            throw new IllegalStateException("No command was accepted");
        }
    }

    private void commandsAndLag() throws Exception {
        var lag = new ProjectionLag(supervisor, settings.lagSampleEvery());
        commands(settings.commandUrl(), "", 16, SEED_SIXTEEN_CLIENTS, lag);
        Latencies lags = lag.finish();
        report.note("lag_resolution", String.format(Locale.ROOT, "poll every %d ms + one GET (mean %.1f ms)",
                ProjectionLag.POLL_INTERVAL.toMillis(), lag.meanPollMs()));
        report.add("lag_samples", "projection lag: commands probed (every "
                + settings.lagSampleEvery() + "th)", lags.count(), "");
        report.add("lag_skipped", "projection lag: samples skipped (all probers busy)", lag.skipped(), "");
        report.add("lag_p50_ms", "projection lag p50, 16-client load", lags.percentileMs(50), "ms");
        report.add("lag_p99_ms", "projection lag p99, 16-client load", lags.percentileMs(99), "ms");
        report.add("lag_max_ms", "projection lag max, 16-client load", lags.maxMs(), "ms");
        if (lag.unresolved() > 0) {
            throw new IllegalStateException(lag.unresolved() + " probed commands never showed on the query side");
        }
        awaitProjections();
    }

    private void queries() throws Exception {
        report.add("query_store_events", "supervisor queries: events in the store", new Replay(queryAdmin, settings)
                .storeEvents(), "events");
        new SupervisorQueries(supervisor).run(settings.queryRuns()).forEach((name, latencies) -> {
            String label = name.replace('_', ' ');
            report.add("query_p50_ms_" + name, label + " p50", latencies.percentileMs(50), "ms");
            report.add(Targets.QUERY_P95_PREFIX + name, label + " p95", latencies.percentileMs(95), "ms");
        });
    }

    private void reconstruction() {
        var result = new Reconstruction(settings.commandUrl(), callers).run(settings.caseEvents(), settings.queryRuns());
        report.add("reconstruction_events", "point-in-time state: events of the case", result.eventsApplied(), "events");
        report.add("reconstruction_p50_ms", "point-in-time state p50", result.latencies().percentileMs(50), "ms");
        report.add("reconstruction_p95_ms", "point-in-time state p95", result.latencies().percentileMs(95), "ms");
        if (result.eventsApplied() < settings.caseEvents()) {
            throw new IllegalStateException("The state replayed " + result.eventsApplied() + " events, not "
                    + settings.caseEvents());
        }
    }

    private void replay() throws Exception {
        var replay = new Replay(queryAdmin, settings);
        report.add("raw_select_rows_per_s", "raw SELECT of domain_event_entry (JDBC, by global_index)",
                replay.rawSelectRate(), "rows/s");
        var result = replay.rebuildAll();
        report.add("replay_store_events", "replay: events in the store", result.storeEvents(), "events");
        report.add("replay_seconds", "replay: all projections rebuilt and swapped in", result.wall().toMillis() / 1e3, "s");
        report.add("replay_events_per_s", "replay: store events / wall time, all projections", result.eventsPerSecond(),
                "events/s");
        result.perProjection().forEach((name, rate) -> report.add("replay_events_per_s_" + name.replace('-', '_'),
                "replay rate reported by " + name, rate, "events/s"));
        result.slowestPhases().forEach((phase, seconds) -> report.add("replay_phase_s_" + phase.toLowerCase(Locale.ROOT),
                "replay phase " + phase.toLowerCase(Locale.ROOT).replace('_', ' ') + ", slowest projection", seconds, "s"));
    }

    private void memory() throws Exception {
        report.add("command_side_peak_rss_mb", "command side: peak RSS (VmHWM)", Memory.peakRssMb(settings.commandPid()), "MB");
        report.add("command_side_heap_used_mb", "command side: heap used now",
                Memory.heapUsedMb(new Http(settings.commandUrl(), callers, "admin")), "MB");
        report.add("query_side_peak_rss_mb", "query side: peak RSS (VmHWM)", Memory.peakRssMb(settings.queryPid()), "MB");
        report.add("query_side_heap_used_mb", "query side: heap used now", Memory.heapUsedMb(queryAdmin), "MB");
    }

    /**
     * Issue 8, part 2: the same apps with Axon's out-of-the-box settings ({@link Peer}), started
     * here beside ours, on the same database: the peer's command side under the 1-client load,
     * then a query side of each kind catching up on the whole store from nothing.
     */
    private void peer() throws Exception {
        int port = settings.sparePort();
        try (var peer = AppProcess.start("peer-command-side", settings.commandJar(), port, settings.jdbcUrl(),
                settings, Peer.COMMAND_SIDE)) {
            warmUp(peer.url(), "peer_", List.of(peer.pid()), SEED_PEER_WARM_UP);
            commands(peer.url(), "peer_", 1, SEED_PEER, null);
        }
        var catchUp = new CatchUp(settings, callers);
        report.add("projection_events_per_s", "catch-up from nothing, ours: events/s of the slowest projection",
                catchUp.eventsPerSecond("ours-catching-up", port + 1, List.of()), "events/s");
        report.add("peer_projection_events_per_s", "catch-up from nothing, peer: events/s of the slowest projection",
                catchUp.eventsPerSecond("peer-catching-up", port + 2, Peer.QUERY_SIDE), "events/s");
    }

    /** Waits until no projection is behind the newest event; answers how long that took, in seconds. */
    private double awaitProjections() throws InterruptedException {
        long start = System.nanoTime();
        Duration limit = settings.smoke() ? Duration.ofMinutes(1) : Duration.ofMinutes(30);
        while (true) {
            JsonNode processors = queryAdmin.get("/admin/projections").require("the projections").json();
            boolean caughtUp = processors.size() > 0;
            for (JsonNode processor : processors) {
                caughtUp &= processor.path("eventsBehind").asLong(Long.MAX_VALUE) == 0;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (caughtUp) {
                return seconds;
            }
            if (seconds > limit.toSeconds()) {
                throw new IllegalStateException("The projections were still behind after " + limit + ": " + processors);
            }
            Thread.sleep(100);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
