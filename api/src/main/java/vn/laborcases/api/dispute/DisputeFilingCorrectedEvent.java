package vn.laborcases.api.dispute;

/**
 * A dispute's filing was recorded wrongly and is corrected. correctsEventId is the event whose
 * values this replaces (the filing or its latest correction); both the previous and the corrected
 * facts are kept, and the envelope's business time is the corrected event's.
 */
public record DisputeFilingCorrectedEvent(
        DisputeId disputeId,
        String correctsEventId,
        DisputeFilingFacts previous,
        DisputeFilingFacts corrected) {
}
