package vn.laborcases.api.inspection;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records the inspection team's results report; the draft conclusion is then due (Law on Inspection 84/2025 Art 34).
 */
public record SubmitResultsReportCommand(
        @TargetAggregateIdentifier InspectionId inspectionId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate reportedOn,
        String summary) {
}
