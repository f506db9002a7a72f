package vn.laborcases.api.arrears;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.personaldata.PersonIdentity;

/**
 * Registers a wage- or SI-arrears complaint against an enterprise. The acceptance deadline (Decree 24/2018: 7 working days) starts from receipt.
 *
 * @param workers the workers the complaint names, in clear: the aggregate seals each under a new
 *                data subject's key before anything is recorded
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
        LocalDate receivedOn,
        List<PersonIdentity> workers) {

    public RegisterComplaintCommand {
        workers = workers == null ? List.of() : List.copyOf(workers);
    }
}
