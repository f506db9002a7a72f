package vn.laborcases.faults;

import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every acknowledged write of the run, by case: the case number the server gave and each
 * version a command's answer stated. A command that was sent but never answered definitively
 * is not here; the router counts those apart, so that what is here is exactly what a caller
 * was told had been recorded.
 */
final class Ledger {

    /** One case as its callers were told: its number and every acknowledged version. */
    record Entry(String caseNumber, NavigableSet<Long> versions) {
        long lastVersion() {
            return versions.last();
        }
    }

    private final Map<String, Entry> cases = new ConcurrentHashMap<>();
    private final LongAdder acknowledged = new LongAdder();

    /** A command's 2xx answer: the case it acted on, its number and the version it now has. */
    void acknowledged(String caseId, String caseNumber, long version) {
        Entry entry = cases.computeIfAbsent(caseId, id -> new Entry(caseNumber, new TreeSet<>()));
        synchronized (entry) {
            if (caseNumber != null && !caseNumber.equals(entry.caseNumber())) {
                // A case never changes its number: keep the evidence that it did.
                throw new IllegalStateException("Case " + caseId + " was answered with number " + caseNumber
                        + " after " + entry.caseNumber());
            }
            entry.versions().add(version);
        }
        acknowledged.increment();
    }

    long acknowledgedCommands() {
        return acknowledged.sum();
    }

    int cases() {
        return cases.size();
    }

    /** A copy, safe to read while the load still writes. */
    Map<String, Entry> snapshot() {
        Map<String, Entry> copy = new TreeMap<>();
        cases.forEach((id, entry) -> {
            synchronized (entry) {
                copy.put(id, new Entry(entry.caseNumber(), new TreeSet<>(entry.versions())));
            }
        });
        return copy;
    }
}
