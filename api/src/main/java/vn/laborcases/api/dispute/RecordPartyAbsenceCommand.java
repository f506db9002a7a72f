package vn.laborcases.api.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that a validly summoned party did not attend a mediation session; a second absence fails the mediation (Art 188).
 */
public record RecordPartyAbsenceCommand(
        @TargetAggregateIdentifier DisputeId disputeId,
        @TargetAggregateVersion Long expectedVersion,
        DisputeParty party,
        LocalDate sessionOn) {
}
