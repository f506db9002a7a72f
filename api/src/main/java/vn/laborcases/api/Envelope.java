package vn.laborcases.api;

/**
 * The metadata keys of every event's envelope. Auditors read these; they are part of the
 * published language, so never rename one.
 */
public final class Envelope {
    /** Who did it: the authenticated principal, or {@link #SYSTEM_ACTOR} for statutory deadlines. */
    public static final String ACTOR = "actor";
    public static final String ROLE = "role";
    public static final String ON_BEHALF_OF = "onBehalfOf";
    public static final String JURISDICTION = "jurisdiction";
    public static final String REASON = "reason";
    public static final String LEGAL_BASIS = "legalBasis";
    /** When it happened (ISO-8601 instant). Record time is the event's own timestamp. */
    public static final String BUSINESS_TIME = "businessTime";
    public static final String COMMAND_ID = "commandId";
    public static final String COMMAND_NAME = "commandName";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** SHA-256 hashes of the documents the step relied on, comma-separated. */
    public static final String DOCUMENT_HASHES = "documentHashes";

    public static final String SYSTEM_ACTOR = "system:statutory-deadline";
    public static final String SYSTEM_ROLE = "SYSTEM";

    private Envelope() {
    }
}
