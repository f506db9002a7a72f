package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * A work stoppage ended.
 */
public record WorkStoppageEndedEvent(
        WorkStoppageId workStoppageId,
        LocalDate endedOn,
        String outcome) {
}
