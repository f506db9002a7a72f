package vn.laborcases.api.arrears;

import java.time.LocalDate;
import java.util.List;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;

/**
 * A wage- or SI-arrears complaint was registered; the acceptance deadline runs under the rule set in force on the day of receipt.
 */
public record ComplaintRegisteredEvent(
        ComplaintId complaintId,
        CaseNumber caseNumber,
        Province province,
        TaxCode enterpriseTaxCode,
        String enterpriseName,
        WageRegion region,
        Complainant complainant,
        int workersAffected,
        String summary,
        LocalDate receivedOn,
        List<LegalDeadline> deadlines,
        String ruleSetVersion) {
}
