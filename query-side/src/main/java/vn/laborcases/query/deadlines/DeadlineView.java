package vn.laborcases.query.deadlines;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One deadline on the radar. {@code resolvedOn} is the day it was met, cancelled or expired, or
 * for a miss the first day late; {@code assignee} the case's mediator or lead inspector, if any.
 */
public record DeadlineView(
        UUID caseId,
        String caseType,
        String caseNumber,
        String province,
        String kind,
        LocalDate dueOn,
        String legalBasis,
        String state,
        LocalDate resolvedOn,
        String assignee) {
}
