package vn.laborcases.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import vn.laborcases.api.CaseType;

import java.util.Optional;
import java.util.Set;

/**
 * What a case's opening event says about the case: its type, number, province and the tax code
 * of the enterprise it concerns. Read from the stored JSON, so the history and the trail agree.
 */
record CaseFacts(CaseType caseType, String caseNumber, String province, String taxCode) {

    /** The event types that open a case, one per case type. */
    static final Set<String> OPENING_TYPES = Set.of("DisputeFiledEvent", "WorkStoppageReportedEvent",
            "ComplaintRegisteredEvent", "InspectionStartedEvent");

    /** The facts of a case from its opening event; empty for any other event. */
    static Optional<CaseFacts> fromOpening(String eventType, JsonNode payload) {
        return Optional.ofNullable(switch (eventType) {
            case "DisputeFiledEvent" -> of(CaseType.LABOR_DISPUTE, payload, payload, "employerTaxCode");
            case "WorkStoppageReportedEvent" -> of(CaseType.WORK_STOPPAGE, payload, payload, "employerTaxCode");
            case "ComplaintRegisteredEvent" -> of(CaseType.WAGE_ARREARS, payload, payload, "enterpriseTaxCode");
            case "InspectionStartedEvent" -> of(CaseType.INSPECTION, payload, payload.path("enterprise"), "taxCode");
            default -> null;
        });
    }

    private static CaseFacts of(CaseType type, JsonNode payload, JsonNode enterprise, String taxCodeField) {
        return new CaseFacts(type, payload.path("caseNumber").asText(), enterprise.path("province").asText(),
                enterprise.path(taxCodeField).asText());
    }
}
