package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The payload of a remediation's durable deadline.
 */
public record RemediationDue(
        UUID remediationId,
        LocalDate dueOn) {
}
