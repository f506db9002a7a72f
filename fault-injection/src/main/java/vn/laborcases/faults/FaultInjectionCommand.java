package vn.laborcases.faults;

import vn.laborcases.bench.Http;
import vn.laborcases.bench.IdentityProvider;
import vn.laborcases.demo.http.CommandClient;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fault-injection suite (issue 9), in one go: its own PostgreSQL, two command and two query
 * nodes, the demo load through a failover router, the faults, then the checks. Prints a table
 * and a last JSON line; exits 0 only when every fault was injected and every check passed.
 */
public final class FaultInjectionCommand {

    private FaultInjectionCommand() {
    }

    public static void main(String[] args) throws Exception {
        FaultSettings settings;
        try {
            settings = FaultSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(FaultSettings.USAGE);
            System.exit(64);
            return;
        }
        System.exit(run(settings) ? 0 : 1);
    }

    static boolean run(FaultSettings settings) throws Exception {
        Files.createDirectories(settings.output());
        try (var logs = Files.newDirectoryStream(settings.output(), "*.log")) {
            for (var log : logs) {
                Files.delete(log);
            }
        }
        Postgres postgres;
        if (settings.databaseUrl() == null) {
            var embedded = new Postgres.Embedded(settings.postgresJar(), settings.output().resolve("pg"),
                    settings.postgresPort());
            embedded.wipe();
            postgres = embedded;
        } else {
            postgres = new Postgres.External(settings.databaseUrl(), settings.restartCommand());
        }
        var random = new Random(settings.seed());
        long began = System.nanoTime();
        System.out.printf("Fault-injection suite (%s run, seed %d); logs in %s%n",
                settings.shortRun() ? "short" : "full", settings.seed(), settings.output());
        try (postgres; var callers = IdentityProvider.start(settings.jwksPort())) {
            postgres.start();
            var nodes = new Nodes(settings, postgres.jdbcUrl());
            try (nodes) {
                System.out.println("Starting 2 command and 2 query nodes...");
                nodes.start();
                try (var router = new FailoverRouter(settings.routerPort(), nodes.commandUrls())) {
                    return underLoad(settings, postgres, nodes, router, callers, random, began);
                }
            }
        }
    }

    private static boolean underLoad(FaultSettings settings, Postgres postgres, Nodes nodes, FailoverRouter router,
                                     IdentityProvider callers, Random random, long began) throws Exception {
        var store = new StoreFacts(postgres.jdbcUrl(), settings.dbUser(), settings.dbPassword());
        var ledger = new Ledger();
        var load = new DemoLoad(router.url(), callers.bearer("inspector"), callers.bearer("supervisor"),
                settings.seed(), ledger);
        long loadStart = System.nanoTime();
        var faults = new Faults(nodes, postgres, callers, random, loadStart);
        System.out.printf("Load: %d clients of the demo mix through the router on %s%n", settings.clients(), router.url());
        load.start(settings.clients());
        Thread.sleep(Duration.ofSeconds(settings.shortRun() ? 8 : 15).toMillis());

        // The gap fault holds its transaction while the node kills go on (none of them touches it);
        // a killed node restarts in the background while the next fault of another kind goes in.
        var gapClient = new CommandClient(router.url(), callers.bearer("inspector"), callers.bearer("supervisor"));
        var gap = new AtomicReference<GapFault.Outcome>();
        var gapFailure = new AtomicReference<Exception>();
        double gapAt = faults.now();
        Thread gapThread = new Thread(() -> {
            try {
                gap.set(new GapFault(store, gapClient, ledger).inject(settings.gapHold(), settings.seed()));
            } catch (Exception e) {
                gapFailure.set(e);
            }
        }, "gap-fault");
        gapThread.start();
        int killsDuringGap = settings.shortRun() ? 1 : 2;
        for (int i = 0; i < Math.min(killsDuringGap, settings.commandKills()); i++) {
            faults.killCommandNode();
        }
        faults.killQueryNodeMidBatch();
        gapThread.join();
        if (gap.get() != null) {
            faults.recordGap(gap.get(), gapAt);
        } else {
            System.out.println("  The gap fault failed: " + gapFailure.get());
        }
        faults.awaitRestarts(nodes.commandNodes);
        faults.awaitRestarts(nodes.queryNodes);
        // A node that did not come back ends the faults: the run is failed, the checks still run.
        if (faults.broken() == null) {
            faults.restartPostgres();
        }
        for (int i = killsDuringGap; i < settings.commandKills() && faults.broken() == null; i++) {
            faults.killCommandNode();
        }
        faults.awaitRestarts(nodes.commandNodes);
        faults.awaitRestarts(nodes.queryNodes);
        if (faults.broken() != null) {
            System.out.println("  No more faults: " + faults.broken());
        }
        Thread.sleep(Duration.ofSeconds(10).toMillis());
        System.out.println("Stopping the load (each client finishes its case)...");
        load.stop();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        var admins = new ArrayList<Http>();
        nodes.queryNodes.forEach(node -> admins.add(new Http(node.url(), callers, "admin")));
        var projections = new ProjectionsCheck(admins, store);
        System.out.println("Waiting for the projections to catch up...");
        long catchUpStart = System.nanoTime();
        boolean caughtUp = projections.awaitCaughtUp(settings.catchUpLimit());
        double catchUpSeconds = (System.nanoTime() - catchUpStart) / 1e9;
        // The comparison runs on one instance holding every segment: the other query node stops.
        for (int i = 1; i < nodes.queryNodes.size(); i++) {
            if (nodes.queryNodes.get(i).running()) {
                nodes.queryNodes.get(i).process.close();
            }
        }
        System.out.println("Comparing each projection with a rebuild (on " + nodes.queryNodes.get(0).name() + ")...");
        List<ProjectionsCheck.Comparison> comparisons = projections.compareEach();

        var verdict = LedgerCheck.check(ledger.snapshot(), store.events());
        List<Long> skipped = store.eventsMissingFromAuditTrail();
        List<String> listedTwice = store.caseNumbersOnTwoCases();
        List<Long> misfiled = store.auditRowsAtAnotherIndex();
        var late = gap.get() == null ? null : new SuiteResult.LateEvent(gap.get(),
                store.caseListSequence(gap.get().caseId()) >= 1, store.auditTrailHas(gap.get().eventId()));

        var result = new SuiteResult(settings, faults.injected, load, router, ledger, verdict, skipped, misfiled,
                listedTwice, caughtUp, catchUpSeconds, comparisons, late, gapFailure.get(), store.eventCount(),
                loadSeconds, (System.nanoTime() - began) / 1e9, load.failure());
        System.out.print(result.table());
        System.out.println(result.json());
        return result.passed();
    }
}
