package vn.laborcases.command.audit.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The recipe of the event store's hash chain, as the PostgreSQL trigger of migration V4
 * computes it, so that anyone can recompute it from the table alone:
 * <pre>
 * previous_hash = event_hash of the same aggregate's event at sequence_number - 1,
 *                 or 32 zero bytes for sequence number 0
 * header        = UTF-8 of the fields global_index, event_identifier, aggregate_identifier,
 *                 sequence_number, type, payload_type, payload_revision, time_stamp, in this
 *                 order, each written as &lt;UTF-8 byte length in decimal&gt; ':' &lt;text&gt;,
 *                 or '-' when NULL (numbers in decimal, time_stamp as stored)
 * event_hash    = SHA-256( previous_hash || SHA-256(header) || SHA-256(payload)
 *                          || SHA-256(meta_data), or 32 zero bytes when meta_data is NULL )
 * </pre>
 * Every part of the outer hash has a fixed length and every header field is length-prefixed,
 * so two different events never hash the same input.
 */
public final class EventChain {

    public static final int HASH_BYTES = 32;
    private static final byte[] ZERO = new byte[HASH_BYTES];
    private static final HexFormat HEX = HexFormat.of();

    private EventChain() {
    }

    /** The previous hash of a stream's first event. */
    public static byte[] genesis() {
        return ZERO.clone();
    }

    public static boolean isGenesis(byte[] hash) {
        return MessageDigest.isEqual(ZERO, hash);
    }

    public static String header(long globalIndex, String eventIdentifier, String aggregateIdentifier,
                                long sequenceNumber, String type, String payloadType, String payloadRevision,
                                String timeStamp) {
        StringBuilder header = new StringBuilder(160);
        for (String field : new String[]{Long.toString(globalIndex), eventIdentifier, aggregateIdentifier,
                Long.toString(sequenceNumber), type, payloadType, payloadRevision, timeStamp}) {
            appendField(header, field);
        }
        return header.toString();
    }

    /** One length-prefixed field; also the unit of an anchor's digest. */
    static void appendField(StringBuilder out, String field) {
        if (field == null) {
            out.append('-');
        } else {
            out.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
        }
    }

    public static byte[] eventHash(byte[] previousHash, String header, byte[] payloadDigest, byte[] metaDataDigest) {
        MessageDigest sha256 = sha256();
        sha256.update(previousHash);
        sha256.update(sha256().digest(header.getBytes(StandardCharsets.UTF_8)));
        sha256.update(payloadDigest);
        sha256.update(metaDataDigest);
        return sha256.digest();
    }

    /** SHA-256 of the bytes, or 32 zero bytes for NULL (as the recipe treats absent metadata). */
    public static byte[] digestOrZero(byte[] bytes) {
        return bytes == null ? genesis() : sha256().digest(bytes);
    }

    public static String hex(byte[] bytes) {
        return bytes == null ? null : HEX.formatHex(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
