package vn.laborcases.query.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.CaseType;
import vn.laborcases.eventstore.personaldata.Disclosure;
import vn.laborcases.query.security.Jurisdiction;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the global trail: the filters select rows of {@code audit_trail} in global-index order,
 * a page at a time after a cursor; the events themselves (payload and full envelope) then come
 * from the event store by global index, and each is rendered with its sentence. Only the events
 * of cases in the reader's provinces are read.
 */
@Component
class AuditTrailQueries {

    private static final int EXPORT_BATCH = 500;

    private final JdbcClient jdbc;
    private final EventStoreReader store;
    private final Sentences sentences;
    private final Disclosure disclosure;
    private final Jurisdiction jurisdiction;

    AuditTrailQueries(JdbcClient jdbc, EventStoreReader store, Sentences sentences, Disclosure disclosure,
                      Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.store = store;
        this.sentences = sentences;
        this.disclosure = disclosure;
        this.jurisdiction = jurisdiction;
    }

    /** Up to {@code limit} entries past the cursor {@code after} (null: from the start), and whether more follow. */
    Slice page(TrailFilter filter, boolean newestFirst, Long after, int limit) {
        List<TrailRow> rows = rows(filter, newestFirst, after, limit + 1);
        boolean more = rows.size() > limit;
        List<TrailRow> shown = more ? rows.subList(0, limit) : rows;
        return new Slice(entries(shown), more ? shown.get(shown.size() - 1).globalIndex() : null);
    }

    /** Entries of one page, and the cursor of the next page: null on the last. */
    record Slice(List<AuditEntry> items, Long nextAfter) {
    }

    /** Every matching entry, in order, batch by batch, for an export. */
    void export(TrailFilter filter, boolean newestFirst, Consumer<AuditEntry> sink) {
        Long after = null;
        List<TrailRow> batch;
        do {
            batch = rows(filter, newestFirst, after, EXPORT_BATCH);
            entries(batch).forEach(sink);
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).globalIndex();
        } while (batch.size() == EXPORT_BATCH);
    }

    private record TrailRow(long globalIndex, CaseFacts facts) {
    }

    private List<TrailRow> rows(TrailFilter filter, boolean newestFirst, Long after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        condition(where, params, "actor", "actor = :actor", filter.actor());
        condition(where, params, "role", "role = :role", filter.role());
        condition(where, params, "eventTypes", "event_type IN (:eventTypes)",
                filter.eventTypes().isEmpty() ? null : filter.eventTypes());
        condition(where, params, "caseType", "case_type = :caseType",
                filter.caseType() == null ? null : filter.caseType().name());
        condition(where, params, "province", "province = :province",
                filter.province() == null ? null : filter.province().name());
        condition(where, params, "taxCode", "tax_code = :taxCode",
                filter.taxCode() == null ? null : filter.taxCode().value());
        jurisdiction.narrow(where, "province");
        String time = filter.axis().column;
        condition(where, params, "from", time + " >= :from", filter.from() == null ? null : Timestamp.from(filter.from()));
        condition(where, params, "to", time + " < :to", filter.to() == null ? null : Timestamp.from(filter.to()));
        condition(where, params, "after", newestFirst ? "global_index < :after" : "global_index > :after", after);
        String sql = "SELECT global_index, case_type, case_number, province, tax_code FROM audit_trail"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY global_index " + (newestFirst ? "DESC" : "ASC") + " LIMIT :limit";
        params.put("limit", limit);
        return jurisdiction.bind(jdbc.sql(sql)).params(params)
                .query((rs, n) -> new TrailRow(rs.getLong(1), rs.getString(2) == null
                ? null : new CaseFacts(CaseType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5)))).list();
    }

    private static void condition(List<String> where, Map<String, Object> params, String name, String sql,
                                  Object value) {
        if (value != null) {
            where.add(sql);
            params.put(name, value);
        }
    }

    /** The rows' events from the store, in the rows' order, each with the later events correcting it. */
    private List<AuditEntry> entries(List<TrailRow> rows) {
        Map<Long, StoredEvent> events = store.byGlobalIndex(rows.stream().map(TrailRow::globalIndex).toList());
        Map<String, List<String>> corrections = correctionsOf(events.values().stream().map(StoredEvent::eventId)
                .toList());
        List<AuditEntry> entries = new ArrayList<>();
        for (TrailRow row : rows) {
            StoredEvent event = events.get(row.globalIndex());
            if (event != null) {
                entries.add(AuditEntry.of(event, row.facts(), corrections.getOrDefault(event.eventId(), List.of()),
                        sentences, payload -> disclosure.discloseIn(payload, "audit trail")));
            }
        }
        return entries;
    }

    private Map<String, List<String>> correctionsOf(List<String> eventIds) {
        Map<String, List<String>> corrections = new HashMap<>();
        if (!eventIds.isEmpty()) {
            jdbc.sql("""
                            SELECT corrects_event_id, event_id FROM audit_trail
                            WHERE corrects_event_id IN (:ids) ORDER BY global_index""")
                    .param("ids", eventIds)
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                    .forEach(link -> corrections.computeIfAbsent(link.getKey(), k -> new ArrayList<>())
                            .add(link.getValue()));
        }
        return corrections;
    }
}
