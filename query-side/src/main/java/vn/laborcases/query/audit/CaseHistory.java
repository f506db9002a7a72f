package vn.laborcases.query.audit;

import org.springframework.stereotype.Component;
import vn.laborcases.eventstore.personaldata.Disclosure;
import vn.laborcases.query.security.Jurisdiction;
import vn.laborcases.query.web.UnknownResourceException;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every event of one case in sequence order, with its envelope and sentence, read from the
 * event store itself. Pages are cut by sequence number, so a page never shifts when the case
 * gets new events, and a sequence number missing from the store shows as a jump, not as
 * another event. A case outside the reader's provinces is as unknown as one that never was.
 */
@Component
class CaseHistory {

    private static final int EXPORT_BATCH = 500;

    private final EventStoreReader store;
    private final Sentences sentences;
    private final Disclosure disclosure;
    private final Jurisdiction jurisdiction;

    CaseHistory(EventStoreReader store, Sentences sentences, Disclosure disclosure, Jurisdiction jurisdiction) {
        this.store = store;
        this.sentences = sentences;
        this.disclosure = disclosure;
        this.jurisdiction = jurisdiction;
    }

    /**
     * One page of the history.
     *
     * @param items            the events from {@code fromSequence} on, at most {@code limit}
     * @param total            how many events the case has
     * @param nextFromSequence where the next page starts; null on the last page
     */
    record HistoryPage(List<AuditEntry> items, int limit, long total, Long nextFromSequence) {
    }

    HistoryPage page(String caseId, long fromSequence, int limit) {
        Case known = known(caseId);
        // One more than asked tells whether a next page exists.
        List<StoredEvent> events = store.ofCase(caseId, fromSequence, limit + 1);
        List<AuditEntry> items = events.stream().limit(limit).map(known::entry).toList();
        Long next = events.size() > limit ? events.get(limit).sequenceNumber() : null;
        return new HistoryPage(items, limit, store.countOfCase(caseId), next);
    }

    /** The whole history, in order, batch by batch, for an export. 404 before anything is written. */
    Consumer<Consumer<AuditEntry>> export(String caseId) {
        Case known = known(caseId);
        return sink -> {
            long from = 0;
            List<StoredEvent> batch;
            do {
                batch = store.ofCase(caseId, from, EXPORT_BATCH);
                batch.stream().map(known::entry).forEach(sink);
                from = batch.isEmpty() ? from : batch.get(batch.size() - 1).sequenceNumber() + 1;
            } while (batch.size() == EXPORT_BATCH);
        };
    }

    private Case known(String caseId) {
        StoredEvent opening = store.first(caseId).orElseThrow(() -> unknown(caseId));
        CaseFacts facts = CaseFacts.fromOpening(opening.eventType(), opening.payload()).orElse(null);
        // The province is the opening event's own; a history whose opening event names none is
        // shown to national readers only.
        if (!jurisdiction.national() && (facts == null || jurisdiction.provinces().stream()
                .noneMatch(province -> province.name().equals(facts.province())))) {
            throw unknown(caseId);
        }
        return new Case(facts, store.corrections(caseId), "history of case " + caseId);
    }

    private static UnknownResourceException unknown(String caseId) {
        return new UnknownResourceException("No case has the id " + caseId);
    }

    /** What every entry of one case needs: the case's facts and which events correct which. */
    private final class Case {
        private final CaseFacts facts;
        private final Map<String, List<String>> corrections;
        private final String purpose;

        Case(CaseFacts facts, Map<String, List<String>> corrections, String purpose) {
            this.facts = facts;
            this.corrections = corrections;
            this.purpose = purpose;
        }

        AuditEntry entry(StoredEvent event) {
            return AuditEntry.of(event, facts, corrections.getOrDefault(event.eventId(), List.of()), sentences,
                    payload -> disclosure.discloseIn(payload, purpose));
        }
    }
}
