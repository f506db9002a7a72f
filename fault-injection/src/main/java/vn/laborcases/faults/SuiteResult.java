package vn.laborcases.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** One run's figures and verdict: the table a person reads, and the JSON line a script reads. */
record SuiteResult(FaultSettings settings, List<Faults.Injected> faults, DemoLoad load, FailoverRouter router,
                   Ledger ledger, LedgerCheck.Verdict verdict, List<Long> skipped, List<Long> misfiled,
                   List<String> listedTwice, boolean caughtUp, double catchUpSeconds,
                   List<ProjectionsCheck.Comparison> comparisons, LateEvent late, Exception gapFailure, long storedEvents,
                   double loadSeconds, double totalSeconds, RuntimeException loadFailure) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The gap fault's event, and whether the case list and the audit trail hold it. */
    record LateEvent(GapFault.Outcome outcome, boolean inCaseList, boolean inAuditTrail) {
        boolean projected() {
            return inCaseList && inAuditTrail;
        }
    }

    Map<String, Long> faultCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String kind : List.of(Faults.COMMAND_KILL, Faults.QUERY_KILL, Faults.POSTGRES_RESTART, Faults.GAP)) {
            counts.put(kind, faults.stream().filter(f -> f.kind().equals(kind)).count());
        }
        return counts;
    }

    long projectionsDiffering() {
        return comparisons.stream().filter(c -> !c.status().equals("FINISHED") || c.differences() > 0).count();
    }

    boolean postgresRecovered() {
        return faults.stream().anyMatch(f -> f.kind().equals(Faults.POSTGRES_RESTART) && !f.detail().startsWith("NOT"));
    }

    /** Every fault injected as planned and every check passed. */
    boolean passed() {
        Map<String, Long> counts = faultCounts();
        boolean everyNodeBack = faults.stream().noneMatch(f -> f.detail().contains("NOT restarted"));
        return everyNodeBack && counts.get(Faults.COMMAND_KILL) >= settings.commandKills() && counts.get(Faults.QUERY_KILL) >= 1
                && counts.get(Faults.POSTGRES_RESTART) >= 1 && counts.get(Faults.GAP) >= 1 && postgresRecovered()
                && loadFailure == null && router.undetermined.isEmpty() && verdict.passed() && skipped.isEmpty()
                && misfiled.isEmpty() && listedTwice.isEmpty() && caughtUp && !comparisons.isEmpty()
                && projectionsDiffering() == 0 && late != null && late.projected();
    }

    String table() {
        var out = new StringBuilder(String.format(Locale.ROOT, "%n%-58s %s%n", "", "this run"));
        row(out, "faults injected", "");
        faults.stream().sorted(java.util.Comparator.comparingDouble(Faults.Injected::at)).forEach(f -> out.append(String.format(Locale.ROOT, "    %6.1f s  %-34s %s: %s%n", f.at(), f.kind(),
                f.target(), f.detail())));
        faultCounts().forEach((kind, count) -> row(out, "  " + kind, count));
        row(out, "commands sent (client requests through the router)", router.commands.sum());
        row(out, "commands acknowledged", ledger.acknowledgedCommands());
        row(out, "commands retried on a node after a failure", router.retriedCommands.sum());
        row(out, "  attempts / connection errors / 5xx / key in flight", router.attempts.sum() + " / "
                + router.connectionErrors.sum() + " / " + router.serverErrorCount() + " " + statuses() + " / "
                + router.keyInFlight.sum());
        row(out, "commands without a definitive answer", router.undetermined.size());
        row(out, "cases refused by a rule (ends the case, as in the demo)", load.refusals().toString());
        row(out, "cases / events in the store", ledger.cases() + " / " + storedEvents);
        row(out, "commands lost (acknowledged, not stored)", verdict.lostCount());
        row(out, "writes nobody acknowledged (phantom)", verdict.phantomCount());
        row(out, "requests applied twice", verdict.duplicatedCount());
        row(out, "cases whose version is not the acknowledged one", verdict.casesOffCount());
        row(out, "case numbers on two cases (ledger / case list)", verdict.duplicateNumbersCount() + " / "
                + listedTwice.size());
        row(out, "events skipped (in the store, not in the audit trail)", skipped.size());
        row(out, "audit trail rows filed under another event's index", misfiled.size());
        row(out, "the late-committed event in the case list / audit trail", late == null
                ? "not injected: " + gapFailure : late.inCaseList() + " / " + late.inAuditTrail());
        row(out, "projections caught up (seconds)", (caughtUp ? "yes" : "NO") + String.format(Locale.ROOT, " (%.0f)",
                catchUpSeconds));
        row(out, "projections differing from a rebuild", projectionsDiffering() + " of " + comparisons.size());
        comparisons.forEach(c -> row(out, "  " + c.projection(), c.status() + ", " + c.differences() + " rows differ"
                + (c.error() == null ? "" : "; " + c.error())));
        row(out, "load / whole run (seconds)", String.format(Locale.ROOT, "%.0f / %.0f", loadSeconds, totalSeconds));
        examples(out, "lost", verdict.lost());
        examples(out, "phantom", verdict.phantom());
        examples(out, "applied twice", verdict.duplicated());
        examples(out, "version differs", verdict.casesOff());
        examples(out, "number on two cases", verdict.duplicateNumbers());
        examples(out, "number on two case-list rows", listedTwice);
        examples(out, "skipped global index", skipped.stream().limit(10).map(String::valueOf).toList());
        examples(out, "audit row at another index", misfiled.stream().limit(10).map(String::valueOf).toList());
        examples(out, "undetermined", router.undetermined.stream().limit(10).toList());
        comparisons.forEach(c -> examples(out, c.projection() + " differs", c.examples()));
        faults.stream().filter(f -> f.detail().contains("NOT ")).forEach(f -> out.append("  fault not completed: ")
                .append(f.kind()).append(' ').append(f.target()).append(": ").append(f.detail()).append('\n'));
        if (loadFailure != null) {
            out.append("  the load stopped on: ").append(loadFailure).append('\n');
        }
        out.append(passed() ? "PASSED\n" : "FAILED\n");
        return out.toString();
    }

    String json() {
        ObjectNode root = JSON.createObjectNode().put("suite", "fault-injection").put("short", settings.shortRun())
                .put("seed", settings.seed()).put("passed", passed());
        ObjectNode injected = root.putObject("faults");
        faultCounts().forEach(injected::put);
        root.put("commandsSent", router.commands.sum()).put("commandsAcknowledged", ledger.acknowledgedCommands())
                .put("commandsRetried", router.retriedCommands.sum()).put("serverErrors", router.serverErrorCount())
                .put("connectionErrors", router.connectionErrors.sum())
                .put("commandsUndetermined", router.undetermined.size()).put("cases", ledger.cases())
                .put("storedEvents", storedEvents).put("commandsLost", verdict.lostCount())
                .put("phantomWrites", verdict.phantomCount()).put("requestsAppliedTwice", verdict.duplicatedCount())
                .put("casesWithWrongVersion", verdict.casesOffCount())
                .put("duplicateCaseNumbers", verdict.duplicateNumbersCount() + listedTwice.size())
                .put("eventsSkipped", skipped.size()).put("auditRowsMisfiled", misfiled.size())
                .put("projectionsCompared", comparisons.size())
                .put("projectionsDiffering", projectionsDiffering()).put("caughtUp", caughtUp)
                .put("postgresRecovered", postgresRecovered());
        if (late != null) {
            root.put("lateEventInCaseList", late.inCaseList()).put("lateEventInAuditTrail", late.inAuditTrail());
        }
        root.put("loadSeconds", Math.round(loadSeconds)).put("totalSeconds", Math.round(totalSeconds));
        return root.toString();
    }

    private String statuses() {
        Map<Integer, Long> byStatus = new TreeMap<>();
        router.serverErrors.forEach((status, count) -> byStatus.put(status, count.sum()));
        return byStatus.isEmpty() ? "" : byStatus.toString();
    }

    private static void row(StringBuilder out, String label, Object value) {
        out.append(String.format(Locale.ROOT, "%-58s %s%n", label, value));
    }

    private static void examples(StringBuilder out, String what, List<String> items) {
        items.forEach(item -> out.append("  ").append(what).append(": ").append(item).append('\n'));
    }
}
