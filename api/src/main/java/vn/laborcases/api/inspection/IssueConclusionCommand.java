package vn.laborcases.api.inspection;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Issues the inspection conclusion; possible only after the results report and the appraisal of the draft.
 */
public record IssueConclusionCommand(
        @TargetAggregateIdentifier InspectionId inspectionId,
        @TargetAggregateVersion Long expectedVersion,
        String conclusionNumber,
        LocalDate concludedOn,
        String summary) {
}
