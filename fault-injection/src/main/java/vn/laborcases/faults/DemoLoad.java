package vn.laborcases.faults;

import vn.laborcases.demo.Options;
import vn.laborcases.demo.http.CommandClient;
import vn.laborcases.demo.http.CommandRejected;
import vn.laborcases.demo.http.Unreachable;
import vn.laborcases.demo.plan.Planner;
import vn.laborcases.demo.run.CaseRunner;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The continuous load: {@code clients} threads running the demo data's case lifecycles (its
 * planner and client, so the mix is the realistic one of the three case types), one case at a
 * time, through the failover router, until stopped. Each acknowledged command goes into the
 * ledger. A refusal ends its case, as in the benchmark; refusals are counted by kind.
 */
final class DemoLoad {

    private static final int EXPECTED_CASES = 20_000;
    private static final Duration STOP_LIMIT = Duration.ofSeconds(90);

    private final Ledger ledger;
    private final CommandClient client;
    private final Planner planner;
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final LongAdder casesFinished = new LongAdder();
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private final AtomicReference<RuntimeException> abort = new AtomicReference<>();
    private volatile boolean stopping;

    DemoLoad(URI router, String inspector, String supervisor, long seed, Ledger ledger) {
        this.ledger = ledger;
        this.client = new CommandClient(router, inspector, supervisor);
        this.planner = new Planner(seed, LocalDate.now(Options.VIETNAM), EXPECTED_CASES);
    }

    void start(int clients) {
        var runner = new CaseRunner(client, state -> ledger.acknowledged(state.path("id").asText(),
                state.path("caseNumber").asText(null), state.path("version").asLong()));
        for (int i = 0; i < clients; i++) {
            Thread worker = new Thread(() -> {
                while (!stopping && abort.get() == null) {
                    try {
                        runner.run(planner.plan(next.getAndIncrement()));
                        casesFinished.increment();
                    } catch (CommandRejected rejected) {
                        if (rejected.problem().isAccessRefused()) {
                            abort.compareAndSet(null, rejected);
                        }
                        refusals.computeIfAbsent(rejected.problem().status() + " " + rejected.problem().type(),
                                kind -> new LongAdder()).increment();
                    } catch (Unreachable unreachable) {
                        refusals.computeIfAbsent("unreachable", kind -> new LongAdder()).increment();
                    } catch (RuntimeException bug) {
                        abort.compareAndSet(null, bug);
                    }
                }
            }, "load-" + i);
            worker.start();
            workers.add(worker);
        }
    }

    /** Lets each client finish the case it is on, so that no command is left unanswered. */
    void stop() throws InterruptedException {
        stopping = true;
        long deadline = System.nanoTime() + STOP_LIMIT.toNanos();
        for (Thread worker : workers) {
            worker.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (worker.isAlive()) {
                throw new IllegalStateException(worker.getName() + " did not finish its case within " + STOP_LIMIT);
            }
        }
    }

    /** The first failure that stopped the load (a refused token, a bug), or null. */
    RuntimeException failure() {
        return abort.get();
    }

    long casesStarted() {
        return next.get();
    }

    long casesFinished() {
        return casesFinished.sum();
    }

    long requestsSent() {
        return client.sent();
    }

    Map<String, Long> refusals() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        refusals.forEach((kind, count) -> counts.put(kind, count.sum()));
        return counts;
    }
}
