package vn.laborcases.api.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records the strike notice sent to the employer and the local authorities (Art 202: at least 5 working days ahead).
 */
public record RecordStrikeNoticeCommand(
        @TargetAggregateIdentifier DisputeId disputeId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate noticeSentOn,
        LocalDate plannedStartOn) {
}
