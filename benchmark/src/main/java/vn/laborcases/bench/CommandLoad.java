package vn.laborcases.bench;

import vn.laborcases.demo.Options;
import vn.laborcases.demo.http.CommandClient;
import vn.laborcases.demo.http.CommandRejected;
import vn.laborcases.demo.plan.Planner;
import vn.laborcases.demo.run.CaseRunner;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The HTTP command load: {@code clients} threads, each running the demo data's case lifecycles
 * (the same planner and client as the generator, so the mix is the realistic one) one case at
 * a time, step by step, for a fixed window. Only what is answered inside the window counts.
 */
final class CommandLoad {

    /** Each command's acknowledgement: the case it acted on and the version it answered. */
    interface Acknowledged {
        void acknowledged(String caseId, long version);
    }

    record Result(int clients, Duration window, long accepted, long casesRefused, Latencies latencies) {
        double perSecond() {
            return accepted / (window.toNanos() / 1e9);
        }
    }

    /** About how many cases a window may start, to size the planner's enterprise pool. */
    private static final int EXPECTED_CASES = 20_000;

    private final URI commandUrl;
    private final IdentityProvider callers;

    CommandLoad(URI commandUrl, IdentityProvider callers) {
        this.commandUrl = commandUrl;
        this.callers = callers;
    }

    Result run(int clients, Duration window, long seed, Acknowledged onAck) {
        var latencies = new Latencies();
        long end = System.nanoTime() + window.toNanos();
        var client = new CommandClient(commandUrl, callers.bearer("inspector"), callers.bearer("supervisor"),
                nanos -> {
                    if (System.nanoTime() < end) {
                        latencies.record(nanos);
                    }
                });
        var accepted = new LongAdder();
        var runner = new CaseRunner(client, state -> {
            if (System.nanoTime() < end) {
                accepted.increment();
                onAck.acknowledged(state.path("id").asText(), state.path("version").asLong());
            }
        });
        var planner = new Planner(seed, LocalDate.now(Options.VIETNAM), EXPECTED_CASES);
        var next = new AtomicInteger();
        var refused = new LongAdder();
        var abort = new AtomicReference<RuntimeException>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end && abort.get() == null) {
                    try {
                        runner.run(planner.plan(next.getAndIncrement()));
                    } catch (CommandRejected rejected) {
                        if (rejected.problem().isAccessRefused()) {
                            abort.compareAndSet(null, rejected);
                        }
                        refused.increment();
                    } catch (RuntimeException unreachableOrBug) {
                        abort.compareAndSet(null, unreachableOrBug);
                    }
                }
            }, "load-" + clients + "-" + i);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted during the load", e);
            }
        }
        if (abort.get() != null) {
            throw abort.get();
        }
        return new Result(clients, window, accepted.sum(), refused.sum(), latencies);
    }
}
