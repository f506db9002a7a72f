package vn.laborcases.demo.run;

import vn.laborcases.demo.http.CommandRejected;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The run's counters, shared by the worker threads, and the lines that report them. An
 * unexpected answer is printed once per kind (status, problem type, action), not once per case.
 */
public final class Progress {

    private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final PrintStream out;
    private final long startedAt = System.nanoTime();
    private final LongAdder cases = new LongAdder();
    private final LongAdder commands = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder overtaken = new LongAdder();
    private final Map<String, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byPath = new ConcurrentHashMap<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    public Progress(PrintStream out) {
        this.out = out;
    }

    public void accepted() {
        commands.increment();
    }

    public void finished(CaseOutcome outcome) {
        cases.increment();
        if (outcome.overtakenByDeadline()) {
            overtaken.increment();
        }
        String type = outcome.plan().type().name();
        byStatus.computeIfAbsent(type + " " + outcome.status(), key -> new LongAdder()).increment();
        byPath.computeIfAbsent(type + " " + outcome.plan().path(), key -> new LongAdder()).increment();
    }

    /** A case stopped by a refusal that no lapsed deadline explains. */
    public void failed(CommandRejected rejected) {
        cases.increment();
        failures.increment();
        String kind = rejected.problem().status() + " " + rejected.problem().type() + " "
                + rejected.request().replaceAll(ID, "{id}");
        if (reported.add(kind)) {
            out.println("Unexpected answer to " + rejected.request() + ": " + rejected.problem());
        }
    }

    public long cases() {
        return cases.sum();
    }

    public long commands() {
        return commands.sum();
    }

    public long failures() {
        return failures.sum();
    }

    public long overtaken() {
        return overtaken.sum();
    }

    public double seconds() {
        return (System.nanoTime() - startedAt) / 1e9;
    }

    /** One line: cases done of the target, commands, their rate, failures. */
    public String line(String target) {
        double seconds = seconds();
        return "cases %,d%s · commands %,d · %,.0f commands/s · failures %,d · %.0f s".formatted(cases(), target,
                commands(), commands() / Math.max(seconds, 0.001), failures(), seconds);
    }

    public Map<String, Long> byStatus() {
        return snapshot(byStatus);
    }

    public Map<String, Long> byPath() {
        return snapshot(byPath);
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.sum()));
        return sorted;
    }
}
