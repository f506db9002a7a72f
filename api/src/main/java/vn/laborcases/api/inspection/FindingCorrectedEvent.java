package vn.laborcases.api.inspection;

import java.util.UUID;

/**
 * A finding was recorded wrongly and is corrected. correctsEventId is the event whose values this
 * replaces (the finding's record or its latest correction); both the previous and the corrected
 * facts are kept, and the envelope's business time is the corrected event's.
 */
public record FindingCorrectedEvent(
        InspectionId inspectionId,
        UUID findingId,
        String correctsEventId,
        FindingFacts previous,
        FindingFacts corrected) {
}
