package vn.laborcases.command.audit.integrity;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads the event store's chain: one case, or every stream in keyset-paged batches. */
@Component
class StoredChain {

    private static final String COLUMNS = """
            SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, payload_type,
                   payload_revision, time_stamp, payload, meta_data, previous_hash, event_hash
            FROM domain_event_entry
            """;
    private static final RowMapper<ChainedEvent> ROW = (rs, n) -> ChainedEvent.stored(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getBytes(9), rs.getBytes(10), rs.getBytes(11), rs.getBytes(12));

    private final JdbcClient jdbc;

    StoredChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ChainedEvent> stream(String caseId) {
        return jdbc.sql(COLUMNS + "WHERE aggregate_identifier = ? ORDER BY sequence_number")
                .param(caseId).query(ROW).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    /**
     * Hands every stream, whole, to the consumer, reading {@code batchSize} events at a time in
     * (aggregate, sequence) order through the unique index: memory holds one batch and one stream.
     */
    void forEachStream(int batchSize, Consumer<List<ChainedEvent>> onStream) {
        List<ChainedEvent> current = new ArrayList<>();
        String afterCase = "";
        long afterSequence = -1;
        while (true) {
            List<ChainedEvent> batch = jdbc.sql(COLUMNS + """
                             WHERE (aggregate_identifier, sequence_number) > (?, ?)
                             ORDER BY aggregate_identifier, sequence_number LIMIT ?""")
                    .params(afterCase, afterSequence, batchSize).query(ROW).list();
            for (ChainedEvent event : batch) {
                if (!current.isEmpty() && !current.get(0).aggregateIdentifier().equals(event.aggregateIdentifier())) {
                    onStream.accept(current);
                    current = new ArrayList<>();
                }
                current.add(event);
            }
            if (batch.size() < batchSize) {
                break;
            }
            ChainedEvent last = batch.get(batch.size() - 1);
            afterCase = last.aggregateIdentifier();
            afterSequence = last.sequenceNumber();
        }
        if (!current.isEmpty()) {
            onStream.accept(current);
        }
    }

    /** The case number its opening event carries, if it has one and it is readable. */
    String caseNumber(String caseId) {
        try {
                return jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'caseNumber' FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE 'vn.laborcases.%' ORDER BY sequence_number LIMIT 1""")
                    .param(caseId).query(String.class).optional().orElse(null);
        } catch (DataAccessException unreadable) {
            // A tampered opening event may no longer be JSON; the case id still names the case.
            return null;
        }
    }
}
