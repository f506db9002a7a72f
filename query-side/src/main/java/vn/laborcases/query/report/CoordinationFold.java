package vn.laborcases.query.report;

import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.eventstore.TransactionHorizon;

/**
 * Computes a report's figures by reading the event store itself, in global-index order, up to
 * and including a position P, and feeding the payloads to a {@link ReportAccumulator}.
 * <p>
 * P is the highest settled global index when it is read (TransactionHorizon): no event still
 * committing can later appear at or below P, so a recomputation with the same
 * {@code global_index <= P} rule reads exactly the same events.
 * <p>
 * There are no upcasters in this system, so payloads are deserialized as stored.
 */
@Component
public class CoordinationFold {

    private static final int BATCH = 1_000;
    private static final List<String> TYPES = ReportAccumulator.EVENT_TYPES.stream().map(Class::getName).toList();

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final TransactionHorizon horizon;

    public CoordinationFold(JdbcClient jdbc, @Qualifier("eventSerializer") Serializer serializer,
                            TransactionHorizon horizon) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.horizon = horizon;
    }

    /** The current head of the store: the highest settled global index, 0 when it is empty. */
    public long head() {
        return Math.max(0, horizon.settledHead());
    }

    /** The period's figures from every event with a global index up to and including position. */
    public CoordinationFigures compute(ReportPeriod period, long position) {
        ReportAccumulator accumulator = new ReportAccumulator(period);
        long after = 0;
        while (true) {
            List<Stored> batch = jdbc.sql("""
                            SELECT global_index, payload_type, payload_revision, payload FROM domain_event_entry
                            WHERE global_index > :after AND global_index <= :position AND payload_type IN (:types)
                            ORDER BY global_index LIMIT :batch""")
                    .param("after", after).param("position", position).param("types", TYPES).param("batch", BATCH)
                    .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                    .list();
            for (Stored event : batch) {
                accumulator.apply(serializer.deserialize(event.serialized()));
            }
            if (batch.size() < BATCH) {
                return accumulator.figures();
            }
            after = batch.get(batch.size() - 1).globalIndex();
        }
    }

    private record Stored(long globalIndex, String type, String revision, byte[] payload) {
        SerializedObject<byte[]> serialized() {
            return new SimpleSerializedObject<>(payload, byte[].class, type, revision);
        }
    }
}
