package vn.laborcases.api.dispute;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;

/**
 * Files a labor dispute with the forum first asked to resolve it. The time bar is checked; it can be overridden only with recorded evidence.
 */
public record FileDisputeCommand(
        @TargetAggregateIdentifier DisputeId disputeId,
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
        TimeBarOverride timeBarOverride) {
}
