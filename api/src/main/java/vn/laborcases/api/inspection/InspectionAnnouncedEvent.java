package vn.laborcases.api.inspection;

import java.time.LocalDate;
import vn.laborcases.api.LegalDeadline;

/**
 * The decision was announced at the enterprise; the duration cap started.
 */
public record InspectionAnnouncedEvent(
        InspectionId inspectionId,
        LocalDate announcedOn,
        LegalDeadline durationCap,
        String ruleSetVersion) {
}
