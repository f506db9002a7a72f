package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens an inspection case: planned, or triggered by another case or report. Sent from REST or by another case's handler (a wage-arrears complaint referred to inspection sends it with trigger COMPLAINT and the complaint as source).
 */
public record StartInspectionCommand(
        @TargetAggregateIdentifier InspectionId inspectionId,
        InspectionTrigger trigger,
        CaseLink source,
        List<InspectionScope> scope,
        Enterprise enterprise,
        LocalDate openedOn,
        String grounds) {
}
