package vn.laborcases.query.caselist;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.Province;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One case of any type as the supervisors' list shows it.
 *
 * @param status      the aggregate's status (phase) name; a work stoppage is ONGOING or ENDED
 * @param assignee    the dispute's mediator or the inspection's lead inspector; null otherwise
 * @param openedOn    the business date the case began: received, started or opened on
 * @param closedOn    the day of the closure (a work stoppage: the day it ended); null while open
 * @param lastEventAt record time of the case's latest event
 */
@Schema(description = "One case of any type in the supervisors' case list")
public record CaseRow(
        UUID caseId,
        CaseType caseType,
        String caseNumber,
        Province province,
        String enterpriseTaxCode,
        String enterpriseName,
        String status,
        String assignee,
        LocalDate openedOn,
        LocalDate closedOn,
        Instant lastEventAt,
        long lastSequence) {

    static final List<String> CSV_HEADER = List.of("case_id", "case_type", "case_number", "province",
            "enterprise_tax_code", "enterprise_name", "status", "assignee", "opened_on", "closed_on",
            "last_event_at", "last_sequence");

    List<Object> csvCells() {
        return java.util.Arrays.asList(caseId, caseType, caseNumber, province, enterpriseTaxCode, enterpriseName,
                status, assignee, openedOn, closedOn, lastEventAt, lastSequence);
    }
}
