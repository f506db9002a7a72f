package vn.laborcases.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the ledger with the event store: no acknowledged command lost, no write that no
 * caller was told about, no command applied twice, no case number given twice. Pure: the
 * store's rows are read elsewhere ({@link StoreFacts}).
 */
final class LedgerCheck {

    /** The role of the events a lapsed statutory deadline writes (Envelope.SYSTEM_ROLE): no caller acknowledges them. */
    static final String SYSTEM_ROLE = "SYSTEM";
    private static final int EXAMPLES = 10;

    /** One stored event of a case, with the envelope fields that say which command wrote it. */
    record StoredEvent(String caseId, long sequence, String role, String idempotencyKey, String commandId) {
    }

    /**
     * @param lost       acknowledged versions that no stored event has, as "case@version"
     * @param phantom    events after a case's last acknowledged version that a caller, not a deadline, wrote
     * @param duplicated one request (Idempotency-Key) handled as two commands on one case
     * @param casesOff   cases whose stored version is not their last acknowledged one (deadline events aside)
     * @param duplicateNumbers case numbers that the ledger saw on two cases
     */
    record Verdict(long checkedVersions, long lostCount, List<String> lost, long phantomCount, List<String> phantom,
                   long duplicatedCount, List<String> duplicated, long casesOffCount, List<String> casesOff,
                   long duplicateNumbersCount, List<String> duplicateNumbers) {
        boolean passed() {
            return lostCount == 0 && phantomCount == 0 && duplicatedCount == 0 && casesOffCount == 0
                    && duplicateNumbersCount == 0;
        }
    }

    private LedgerCheck() {
    }

    static Verdict check(Map<String, Ledger.Entry> ledger, List<StoredEvent> store) {
        Map<String, List<StoredEvent>> byCase = new HashMap<>();
        for (StoredEvent event : store) {
            byCase.computeIfAbsent(event.caseId(), id -> new ArrayList<>()).add(event);
        }
        var lost = new Examples();
        var phantom = new Examples();
        var duplicated = new Examples();
        var casesOff = new Examples();
        long checked = 0;
        for (var acknowledged : new TreeMap<>(ledger).entrySet()) {
            String caseId = acknowledged.getKey();
            List<StoredEvent> events = byCase.getOrDefault(caseId, List.of());
            Set<Long> stored = new HashSet<>();
            long head = -1;
            for (StoredEvent event : events) {
                stored.add(event.sequence());
                head = Math.max(head, event.sequence());
            }
            for (long version : acknowledged.getValue().versions()) {
                checked++;
                if (!stored.contains(version)) {
                    lost.add(caseId + "@" + version);
                }
            }
            long last = acknowledged.getValue().lastVersion();
            boolean callerWroteAfter = false;
            for (StoredEvent event : events) {
                if (event.sequence() > last && !SYSTEM_ROLE.equals(event.role())) {
                    phantom.add(caseId + "@" + event.sequence() + " (" + event.role() + ")");
                    callerWroteAfter = true;
                }
            }
            if (head < last || callerWroteAfter) {
                casesOff.add(caseId + ": stored " + head + ", acknowledged " + last);
            }
            commandsPerRequest(events).forEach((key, commands) -> {
                if (commands.size() > 1) {
                    duplicated.add(caseId + " key " + key + " -> " + commands.size() + " commands");
                }
            });
        }
        var numbers = new Examples();
        duplicateNumbers(ledger).forEach((number, ids) -> numbers.add(number + " on " + ids));
        return new Verdict(checked, lost.count, lost.list, phantom.count, phantom.list, duplicated.count,
                duplicated.list, casesOff.count, casesOff.list, numbers.count, numbers.list);
    }

    /** The case numbers that the ledger saw on more than one case, with those cases. */
    static Map<String, Set<String>> duplicateNumbers(Map<String, Ledger.Entry> ledger) {
        Map<String, Set<String>> casesByNumber = new TreeMap<>();
        ledger.forEach((id, entry) -> {
            if (entry.caseNumber() != null) {
                casesByNumber.computeIfAbsent(entry.caseNumber(), number -> new TreeSet<>()).add(id);
            }
        });
        casesByNumber.values().removeIf(ids -> ids.size() < 2);
        return casesByNumber;
    }

    /** Each request's key with the distinct commands its events came from: a retried request is still one command. */
    private static Map<String, Set<String>> commandsPerRequest(List<StoredEvent> events) {
        Map<String, Set<String>> commands = new TreeMap<>();
        for (StoredEvent event : events) {
            if (event.idempotencyKey() != null && event.commandId() != null) {
                commands.computeIfAbsent(event.idempotencyKey(), key -> new TreeSet<>()).add(event.commandId());
            }
        }
        return commands;
    }

    /** A count, and the first few items as examples for the report. */
    private static final class Examples {
        long count;
        final List<String> list = new ArrayList<>();

        void add(String item) {
            count++;
            if (list.size() < EXAMPLES) {
                list.add(item);
            }
        }
    }
}
