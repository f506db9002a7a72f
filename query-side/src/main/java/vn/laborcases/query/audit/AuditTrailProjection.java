package vn.laborcases.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import vn.laborcases.api.Envelope;
import vn.laborcases.eventstore.StoredForm;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The global audit trail: one row per event of every case, with its envelope and its case's
 * type, number, province and enterprise, so that auditors can filter the whole store. Rows are
 * keyed by global index (the processor's token position) and inserted once; a redelivered event
 * changes nothing.
 */
@Component
@ProcessingGroup(AuditTrailProjection.PROCESSING_GROUP)
public class AuditTrailProjection {

    public static final String PROCESSING_GROUP = "audit-trail";
    private static final ObjectMapper JSON = StoredForm.objectMapper();

    private final AuditTrailRows rows;

    AuditTrailProjection(AuditTrailRows rows) {
        this.rows = rows;
    }

    /**
     * The token's position is this event's own global index because the store delivers events in
     * index order, never one that fills an earlier gap (TransactionHorizon, RELIABILITY.md). Before
     * that, a late-committed event came with the highest index seen and its row collided with
     * another event's: the fault-injection suite counted the rows lost that way.
     */
    @EventHandler
    void on(Object event, DomainEventMessage<?> message, TrackingToken token) {
        long globalIndex = token.position().orElseThrow(() -> new IllegalStateException(
                "The audit trail needs the global index of event " + message.getIdentifier()
                        + ", but its token has no position: " + token));
        String eventType = event.getClass().getSimpleName();
        String caseId = message.getAggregateIdentifier();
        if (CaseFacts.OPENING_TYPES.contains(eventType)) {
            CaseFacts.fromOpening(eventType, JSON.valueToTree(event)).ifPresent(facts -> rows.openCase(caseId, facts));
        }
        MetaData envelope = message.getMetaData();
        rows.record(new AuditTrailRows.Row(globalIndex, message.getIdentifier(), caseId, message.getSequenceNumber(),
                eventType, text(envelope, Envelope.ACTOR), text(envelope, Envelope.ROLE),
                text(envelope, Envelope.ON_BEHALF_OF), message.getTimestamp(), businessTime(envelope),
                text(envelope, Envelope.REASON), text(envelope, Envelope.LEGAL_BASIS),
                text(envelope, Envelope.CORRELATION_ID), correctedEventId(event)));
    }

    @ResetHandler
    void reset() {
        rows.deleteAll();
    }

    private static String text(MetaData envelope, String key) {
        Object value = envelope.get(key);
        return value == null ? null : value.toString();
    }

    /** An envelope's business time; one that does not parse is left out of the time filter, not fatal. */
    private static OffsetDateTime businessTime(MetaData envelope) {
        String value = text(envelope, Envelope.BUSINESS_TIME);
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The event a correction points at, whatever its type, by its payload's correctsEventId. */
    static String correctedEventId(Object event) {
        if (!event.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getName().equals(AuditEntry.CORRECTS_FIELD)) {
                try {
                    Object value = component.getAccessor().invoke(event);
                    return value == null ? null : value.toString();
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("Cannot read " + component, e);
                }
            }
        }
        return null;
    }
}
