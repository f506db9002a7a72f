package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * A labor mediator was assigned; late when after the assignment deadline.
 */
public record MediatorAssignedEvent(
        DisputeId disputeId,
        String mediatorId,
        LocalDate assignedOn,
        boolean late) {
}
