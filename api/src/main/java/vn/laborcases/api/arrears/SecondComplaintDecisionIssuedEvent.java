package vn.laborcases.api.arrears;

import java.time.LocalDate;

/**
 * The second complaint decision was issued; late when after its deadline.
 */
public record SecondComplaintDecisionIssuedEvent(
        ComplaintId complaintId,
        LocalDate decidedOn,
        String decision,
        boolean late) {
}
