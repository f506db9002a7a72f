package vn.laborcases.api.inspection;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records the decision to inspect, with its number and the inspector leading the team.
 */
public record IssueInspectionDecisionCommand(
        @TargetAggregateIdentifier InspectionId inspectionId,
        @TargetAggregateVersion Long expectedVersion,
        String decisionNumber,
        LocalDate issuedOn,
        String leadInspector) {
}
