package vn.laborcases.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.eventstore.StoredForm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads events straight from the event store, {@code domain_event_entry}, as stored: a case's
 * events by sequence number (on the store's (aggregate_identifier, sequence_number) key), or
 * any events by global index. The history never waits for a projection.
 */
@Component
class EventStoreReader {

    private static final String COLUMNS = """
            SELECT global_index, event_identifier, aggregate_identifier, sequence_number, payload_type, time_stamp,
                   payload, meta_data FROM domain_event_entry""";
    private static final ObjectMapper JSON = StoredForm.objectMapper();

    private final JdbcClient jdbc;

    EventStoreReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} events of a case from sequence number {@code fromSequence} on, in order. */
    List<StoredEvent> ofCase(String caseId, long fromSequence, int limit) {
        return jdbc.sql(COLUMNS + """
                         WHERE aggregate_identifier = :id AND sequence_number >= :from
                        ORDER BY sequence_number LIMIT :limit""")
                .param("id", caseId).param("from", fromSequence).param("limit", limit)
                .query(ROW).list();
    }

    long countOfCase(String caseId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", caseId).query(Long.class).single();
    }

    /** A case's first event on file, normally its opening; empty when no case has this id. */
    Optional<StoredEvent> first(String caseId) {
        return ofCase(caseId, 0, 1).stream().findFirst();
    }

    /** The events at these global indexes, keyed by global index. */
    Map<Long, StoredEvent> byGlobalIndex(Collection<Long> globalIndexes) {
        Map<Long, StoredEvent> events = new LinkedHashMap<>();
        if (!globalIndexes.isEmpty()) {
            jdbc.sql(COLUMNS + " WHERE global_index IN (:indexes)").param("indexes", globalIndexes).query(ROW).list()
                    .forEach(event -> events.put(event.globalIndex(), event));
        }
        return events;
    }

    /**
     * The corrections among a case's events: corrected event id → ids of the events correcting
     * it, in order. Read from the payloads, so that any correction event type counts.
     */
    Map<String, List<String>> corrections(String caseId) {
        Map<String, List<String>> corrections = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT event_identifier, corrects FROM (
                          SELECT event_identifier, sequence_number,
                                 convert_from(payload, 'UTF8')::jsonb ->> :field AS corrects
                          FROM domain_event_entry WHERE aggregate_identifier = :id) AS events
                        WHERE corrects IS NOT NULL ORDER BY sequence_number""")
                .param("field", AuditEntry.CORRECTS_FIELD).param("id", caseId)
                .query((rs, n) -> Map.entry(rs.getString(2), rs.getString(1))).list()
                .forEach(link -> corrections.computeIfAbsent(link.getKey(), k -> new ArrayList<>())
                        .add(link.getValue()));
        return corrections;
    }

    private static final RowMapper<StoredEvent> ROW = (rs, n) -> new StoredEvent(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), json(rs.getBytes(7)),
            json(rs.getBytes(8)));

    private static JsonNode json(byte[] stored) {
        try {
            return stored == null ? JSON.createObjectNode() : JSON.readTree(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored event is not JSON", e);
        }
    }
}
