package vn.laborcases.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.laborcases.eventstore.StoredForm;
import vn.laborcases.api.Envelope;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One event as the auditors see it, in a case's history and in the global trail: its place in
 * the store, the full envelope, the corrections linking it to other events, the stored payload
 * (workers' identities disclosed per reader),
 * and a sentence a person can read.
 *
 * @param action       the event type without "Event", the name the trail's action filter takes
 * @param corrects     the id of the event this one corrects, if it is a correction
 * @param correctedBy  the ids of later events that correct this one
 * @param payload      the event's fields as stored
 */
public record AuditEntry(long globalIndex, long sequenceNumber, String eventId, String caseId, String caseType,
                         String caseNumber, String eventType, String action, String recordedAt, String businessTime,
                         String actor, String role, String onBehalfOf, String jurisdiction, String reason,
                         String legalBasis, String ruleSetVersion, String commandId, String commandName,
                         String correlationId, String causationId, List<String> documentHashes, String corrects,
                         List<String> correctedBy, Map<String, Object> payload, String sentence) {

    /** The payload field by which a correction event names the event it corrects. */
    static final String CORRECTS_FIELD = "correctsEventId";

    static final List<String> CSV_HEADER = List.of("globalIndex", "sequenceNumber", "eventId", "caseId", "caseType",
            "caseNumber", "eventType", "action", "recordedAt", "businessTime", "actor", "role", "onBehalfOf",
            "jurisdiction", "reason", "legalBasis", "ruleSetVersion", "commandId", "commandName", "correlationId",
            "causationId", "documentHashes", "corrects", "correctedBy", "sentence", "payload");

    private static final ObjectMapper JSON = StoredForm.objectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final List<String> ENVELOPE_KEYS = List.of(Envelope.ACTOR, Envelope.ROLE, Envelope.ON_BEHALF_OF,
            Envelope.REASON, Envelope.LEGAL_BASIS, Envelope.BUSINESS_TIME);

    /** PaymentRecordedEvent is the action PaymentRecorded. */
    public static String action(String eventType) {
        return eventType.endsWith("Event") ? eventType.substring(0, eventType.length() - "Event".length()) : eventType;
    }

    /**
     * @param disclose what the reader is shown of the stored payload: sealed identities disclosed
     *                 per reader; the sentence is written from the sealed payload, so never names anyone
     */
    static AuditEntry of(StoredEvent event, CaseFacts facts, List<String> correctedBy, Sentences sentences,
                         UnaryOperator<JsonNode> disclose) {
        Map<String, String> envelope = new HashMap<>();
        for (String key : ENVELOPE_KEYS) {
            String value = event.meta(key);
            if (value != null) {
                envelope.put(key, value);
            }
        }
        if (facts != null) {
            envelope.put("caseNumber", facts.caseNumber());
        }
        String hashes = event.meta(Envelope.DOCUMENT_HASHES);
        JsonNode ruleSet = event.payload().path("ruleSetVersion");
        return new AuditEntry(event.globalIndex(), event.sequenceNumber(), event.eventId(), event.caseId(),
                facts == null ? null : facts.caseType().name(), facts == null ? null : facts.caseNumber(),
                event.eventType(), action(event.eventType()), event.recordedAt(), event.meta(Envelope.BUSINESS_TIME),
                event.meta(Envelope.ACTOR), event.meta(Envelope.ROLE), event.meta(Envelope.ON_BEHALF_OF),
                event.meta(Envelope.JURISDICTION), event.meta(Envelope.REASON), event.meta(Envelope.LEGAL_BASIS),
                ruleSet.isTextual() ? ruleSet.asText() : null, event.meta(Envelope.COMMAND_ID),
                event.meta(Envelope.COMMAND_NAME), event.meta(Envelope.CORRELATION_ID),
                event.meta(Envelope.CAUSATION_ID),
                hashes == null || hashes.isBlank() ? List.of() : Arrays.asList(hashes.split(",")), event.corrects(),
                correctedBy, JSON.convertValue(disclose.apply(event.payload()), OBJECT), sentences.render(event.eventType(), event.payload(), envelope));
    }

    /** The CSV row under {@link #CSV_HEADER}; lists are joined with ';', the payload is its JSON. */
    List<?> csvCells() {
        return Arrays.asList(globalIndex, sequenceNumber, eventId, caseId, caseType, caseNumber, eventType, action,
                recordedAt, businessTime, actor, role, onBehalfOf, jurisdiction, reason, legalBasis, ruleSetVersion,
                commandId, commandName, correlationId, causationId, String.join(";", documentHashes), corrects,
                String.join(";", correctedBy), sentence, payloadJson());
    }

    private String payloadJson() {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A payload read as JSON cannot be written back as JSON", e);
        }
    }
}
