package vn.laborcases.demo;

import vn.laborcases.demo.http.CommandClient;
import vn.laborcases.demo.http.CommandRejected;
import vn.laborcases.demo.plan.Planner;
import vn.laborcases.demo.run.CaseRunner;
import vn.laborcases.demo.run.Progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Creates demo cases through the command side's HTTP API, so that every event is real: the
 * entry point for the command line and for in-process callers such as the benchmarks.
 */
public final class DemoData {

    private DemoData() {
    }

    /**
     * Runs the generation and answers what it did. Throws {@link vn.laborcases.demo.http.Unreachable}
     * when the command side cannot be reached, and {@link CommandRejected} when it refuses the
     * credentials (401/403); a refused command is counted, not thrown.
     */
    public static Summary generate(Options options, PrintStream out) {
        var planner = new Planner(options.seed(), options.today(), options.expectedCases());
        var client = new CommandClient(options.commandUrl(), options.inspector().header(),
                options.supervisor().header());
        client.checkAccess();
        var progress = new Progress(out);
        var runner = new CaseRunner(client, state -> progress.accepted());
        var next = new AtomicInteger();
        var abort = new AtomicReference<RuntimeException>();
        int cases = options.cases() == null ? Integer.MAX_VALUE : options.cases();
        String target = options.cases() == null ? " (target ~%,d events)".formatted(options.events())
                : "/%,d".formatted(cases);

        var reporter = Executors.newSingleThreadScheduledExecutor(daemon("demo-data-progress"));
        reporter.scheduleAtFixedRate(() -> out.println(progress.line(target)), 1, 1, TimeUnit.SECONDS);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < options.threads(); t++) {
            Thread worker = daemon("demo-data-" + t).newThread(() -> {
                int index;
                while (abort.get() == null && (index = next.getAndIncrement()) < cases
                        && (options.events() == 0 || progress.commands() < options.events())) {
                    try {
                        progress.finished(runner.run(planner.plan(index)));
                    } catch (CommandRejected rejected) {
                        if (rejected.problem().status() == 401) {
                            abort.compareAndSet(null, rejected);
                        } else {
                            progress.failed(rejected);
                        }
                    } catch (RuntimeException unreachableOrBug) {
                        abort.compareAndSet(null, unreachableOrBug);
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            join(worker);
        }
        reporter.shutdownNow();
        out.println(progress.line(target));
        if (abort.get() != null) {
            throw abort.get();
        }
        return new Summary(progress.cases(), progress.commands(), client.sent(), progress.failures(),
                progress.overtaken(), Duration.ofMillis(Math.round(progress.seconds() * 1000)),
                progress.byStatus(), progress.byPath());
    }

    private static void join(Thread worker) {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while generating", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
