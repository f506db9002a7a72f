package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * No mediator was assigned by the statutory deadline.
 */
public record MediatorAssignmentOverdueEvent(
        DisputeId disputeId,
        LocalDate dueOn) {
}
