package vn.laborcases.api.dispute;

import java.time.LocalDate;
import java.util.List;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;

/**
 * A collective work stoppage was recorded. Stoppages outside the strike procedure are flagged unlawful with the articles they break.
 */
public record WorkStoppageReportedEvent(
        WorkStoppageId workStoppageId,
        CaseNumber caseNumber,
        Province province,
        TaxCode employerTaxCode,
        String employerName,
        int workersInvolved,
        List<String> demands,
        LocalDate startedOn,
        DisputeId relatedDisputeId,
        boolean lawful,
        List<StrikeViolation> violations,
        String ruleSetVersion) {
}
