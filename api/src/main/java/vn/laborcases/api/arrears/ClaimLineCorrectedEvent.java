package vn.laborcases.api.arrears;

/**
 * A claim line was recorded wrongly and is corrected. correctsEventId is the event whose values
 * this replaces (the line's addition or its latest correction); both the previous and the
 * corrected facts are kept, and the envelope's business time is the corrected event's, since the
 * corrected values were true from then on.
 */
public record ClaimLineCorrectedEvent(
        ComplaintId complaintId,
        int lineNo,
        ClaimKind kind,
        String correctsEventId,
        ClaimLineFacts previous,
        ClaimLineFacts corrected) {
}
