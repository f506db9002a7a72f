package vn.laborcases.command.audit.integrity;

import java.time.LocalDate;

/**
 * One thing wrong with the stored events: its kind, the case (stream) and position it concerns,
 * and what was found. An anchor that no longer matches names its day instead of a position.
 *
 * @param sequenceNumber for {@link Kind#MISSING}, the first missing sequence number
 * @param globalIndex    for {@link Kind#MISSING} and {@link Kind#MISSING_START}, the event
 *                       that follows the gap (a deleted event's own index is gone with it)
 */
public record ChainProblem(Kind kind, String caseId, String caseNumber, Long sequenceNumber, Long globalIndex,
                           LocalDate day, String detail) {

    public enum Kind {
        /** The event's content (payload, metadata or a header field) is not what was chained. */
        ALTERED,
        /** Events are missing between two stored events of the stream. */
        MISSING,
        /** The stream's first events are missing: it does not start at sequence number 0. */
        MISSING_START,
        /** The event sits at another position than the one it was recorded at. */
        REORDERED,
        /** The event verifies, but the event before it is not the one it was chained to. */
        BROKEN_LINK,
        /** A day's recomputed anchor differs from the one published. */
        ANCHOR_MISMATCH
    }

    static ChainProblem at(Kind kind, ChainedEvent event, long sequenceNumber, String detail) {
        return new ChainProblem(kind, event.aggregateIdentifier(), null, sequenceNumber, event.globalIndex(), null,
                detail);
    }

    ChainProblem withCaseNumber(String number) {
        return new ChainProblem(kind, caseId, number, sequenceNumber, globalIndex, day, detail);
    }
}
