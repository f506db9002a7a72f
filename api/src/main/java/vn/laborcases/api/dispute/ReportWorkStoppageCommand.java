package vn.laborcases.api.dispute;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;

/**
 * Records a collective work stoppage, whether or not any legal procedure was followed.
 */
public record ReportWorkStoppageCommand(
        @TargetAggregateIdentifier WorkStoppageId workStoppageId,
        Province province,
        TaxCode employerTaxCode,
        String employerName,
        int workersInvolved,
        List<String> demands,
        LocalDate startedOn,
        DisputeId relatedDisputeId) {
}
