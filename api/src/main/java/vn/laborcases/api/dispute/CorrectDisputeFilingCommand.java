package vn.laborcases.api.dispute;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Corrects a dispute's filing recorded wrongly: workers involved, summary or employer name (null
 * keeps the value on file). corrects optionally names the event id of the record being replaced,
 * which must be the filing or its latest correction.
 */
public record CorrectDisputeFilingCommand(
        @TargetAggregateIdentifier DisputeId disputeId,
        @TargetAggregateVersion Long expectedVersion,
        String corrects,
        Integer workersInvolved,
        String summary,
        String employerName,
        String reason) {
}
