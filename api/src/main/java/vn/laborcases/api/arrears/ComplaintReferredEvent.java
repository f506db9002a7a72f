package vn.laborcases.api.arrears;

import java.time.LocalDate;
import java.util.List;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;

/**
 * The complaint was referred to another body. Carries what that body needs to open its own case: who, where, how many workers, and the scope.
 */
public record ComplaintReferredEvent(
        ComplaintId complaintId,
        CaseNumber caseNumber,
        ReferralTarget target,
        TaxCode enterpriseTaxCode,
        String enterpriseName,
        Province province,
        WageRegion region,
        int workersAffected,
        List<ReferralScope> scope,
        String grounds,
        LocalDate referredOn) {
}
