package vn.laborcases.api.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records that the workers' representative organisation started collecting opinions on a strike (Art 201).
 */
public record StartStrikeOpinionCollectionCommand(
        @TargetAggregateIdentifier DisputeId disputeId,
        @TargetAggregateVersion Long expectedVersion,
        String organiser,
        boolean organiserHasBargainingRights,
        OpinionCollectionMethod method,
        LocalDate employerNotifiedOn,
        LocalDate collectionStartsOn) {
}
