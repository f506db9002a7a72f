package vn.laborcases.api.inspection;

import java.time.LocalDate;
import vn.laborcases.api.LegalDeadline;

/**
 * The duration cap was extended; the extension number counts from 1.
 */
public record InspectionExtendedEvent(
        InspectionId inspectionId,
        int extension,
        LocalDate extendedOn,
        int workingDays,
        String reason,
        LocalDate previousDueOn,
        LegalDeadline durationCap,
        String ruleSetVersion) {
}
