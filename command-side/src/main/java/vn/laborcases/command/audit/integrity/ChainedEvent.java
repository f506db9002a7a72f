package vn.laborcases.command.audit.integrity;

/**
 * One stored event as the chain sees it: its header fields, the digests of its payload and
 * metadata, and the two hashes stored with it. Kept as digests so that a long stream costs
 * little memory.
 */
public record ChainedEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                           String type, String payloadType, String payloadRevision, String timeStamp,
                           byte[] payloadDigest, byte[] metaDataDigest, byte[] previousHash, byte[] eventHash) {

    /** From a row of domain_event_entry, digesting its payload and metadata. */
    public static ChainedEvent stored(long globalIndex, String eventIdentifier, String aggregateIdentifier,
                                      long sequenceNumber, String type, String payloadType, String payloadRevision,
                                      String timeStamp, byte[] payload, byte[] metaData, byte[] previousHash,
                                      byte[] eventHash) {
        return new ChainedEvent(globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber, type, payloadType,
                payloadRevision, timeStamp, EventChain.digestOrZero(payload), EventChain.digestOrZero(metaData),
                previousHash, eventHash);
    }

    /** The hash this event would have if it were stored at the given sequence number. */
    byte[] recomputedHashAt(long sequence) {
        return EventChain.eventHash(previousHash, EventChain.header(globalIndex, eventIdentifier, aggregateIdentifier,
                sequence, type, payloadType, payloadRevision, timeStamp), payloadDigest, metaDataDigest);
    }
}
