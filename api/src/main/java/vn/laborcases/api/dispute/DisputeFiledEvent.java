package vn.laborcases.api.dispute;

import java.time.LocalDate;
import java.util.List;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;

/**
 * A labor dispute was filed. Records the time-bar check and the deadlines set under the rule-set version in force on the date of receipt.
 */
public record DisputeFiledEvent(
        DisputeId disputeId,
        CaseNumber caseNumber,
        DisputeKind kind,
        Province province,
        TaxCode employerTaxCode,
        String employerName,
        DisputeParty requestedBy,
        String summary,
        Integer workersInvolved,
        MediationExemption exemption,
        Forum forum,
        LocalDate discoveredOn,
        LocalDate receivedOn,
        List<TolledPeriod> tolledPeriods,
        TimeBarCheck timeBar,
        List<LegalDeadline> deadlines,
        String ruleSetVersion) {
}
