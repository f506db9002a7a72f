package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * A validly summoned party did not attend a mediation session.
 */
public record PartyAbsenceRecordedEvent(
        DisputeId disputeId,
        DisputeParty party,
        LocalDate sessionOn,
        int absences) {
}
