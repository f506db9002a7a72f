package vn.laborcases.api.inspection;

import java.time.LocalDate;
import java.util.List;
import vn.laborcases.api.CaseNumber;

/**
 * An inspection case was opened (scope distinct, in the enum order), under the rule-set version in force on the day it was opened.
 */
public record InspectionStartedEvent(
        InspectionId inspectionId,
        CaseNumber caseNumber,
        InspectionTrigger trigger,
        CaseLink source,
        List<InspectionScope> scope,
        Enterprise enterprise,
        LocalDate openedOn,
        String grounds,
        String ruleSetVersion) {
}
