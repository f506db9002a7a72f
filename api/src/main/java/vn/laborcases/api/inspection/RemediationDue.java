package vn.laborcases.api.inspection;

import vn.laborcases.api.Due;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The payload of a remediation's durable deadline.
 */
public record RemediationDue(
        UUID remediationId,
        LocalDate dueOn) implements Due {
}
