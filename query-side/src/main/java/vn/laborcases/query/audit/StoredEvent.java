package vn.laborcases.query.audit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One row of the event store as an auditor reads it: the payload and the envelope as stored,
 * JSON, never deserialized into the event class, so that an event of a type this build does
 * not know still reads.
 */
record StoredEvent(long globalIndex, String eventId, String caseId, long sequenceNumber, String payloadType,
                   String recordedAt, JsonNode payload, JsonNode metaData) {

    /** The simple name of the payload's class, e.g. PaymentRecordedEvent. */
    String eventType() {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    /** An envelope entry as text, null when absent. */
    String meta(String key) {
        JsonNode value = metaData.path(key);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** The id of the event this one corrects, when it is a correction. */
    String corrects() {
        JsonNode value = payload.path(AuditEntry.CORRECTS_FIELD);
        return value.isTextual() ? value.asText() : null;
    }
}
