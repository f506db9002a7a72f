package vn.laborcases.api.dispute;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Assigns a labor mediator (Decree 145/2020 Art 95: within 5 working days of receipt).
 */
public record AssignMediatorCommand(
        @TargetAggregateIdentifier DisputeId disputeId,
        @TargetAggregateVersion Long expectedVersion,
        String mediatorId,
        LocalDate assignedOn) {
}
