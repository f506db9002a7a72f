package vn.laborcases.api.arrears;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;

/**
 * Registers a wage- or SI-arrears complaint against an enterprise. The acceptance deadline (Decree 24/2018: 7 working days) starts from receipt.
 */
public record RegisterComplaintCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Province province,
        TaxCode enterpriseTaxCode,
        String enterpriseName,
        WageRegion region,
        Complainant complainant,
        int workersAffected,
        String summary,
        LocalDate receivedOn) {
}
