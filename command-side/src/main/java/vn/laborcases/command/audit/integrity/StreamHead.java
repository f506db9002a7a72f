package vn.laborcases.command.audit.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A stream's last event recorded on a day: what a day's anchor commits to.
 * <p>
 * A day's digest is SHA-256 over its heads sorted by the UTF-8 bytes of the case id, each
 * written as the length-prefixed case id and sequence number (as in the event header) followed
 * by the head's 32-byte event hash. Each head hash commits to its stream's whole chain up to that
 * day, so every event is covered by the anchor of the day it was recorded.
 */
public record StreamHead(String caseId, long sequenceNumber, String headHash) {

    private static final Comparator<byte[]> UNSIGNED = Arrays::compareUnsigned;

    static byte[] digest(List<StreamHead> heads) {
        MessageDigest sha256 = EventChain.sha256();
        heads.stream()
                .sorted(Comparator.comparing(head -> head.caseId().getBytes(StandardCharsets.UTF_8), UNSIGNED))
                .forEach(head -> {
                    StringBuilder fields = new StringBuilder();
                    EventChain.appendField(fields, head.caseId());
                    EventChain.appendField(fields, Long.toString(head.sequenceNumber()));
                    sha256.update(fields.toString().getBytes(StandardCharsets.UTF_8));
                    sha256.update(HexFormat.of().parseHex(head.headHash()));
                });
        return sha256.digest();
    }
}
