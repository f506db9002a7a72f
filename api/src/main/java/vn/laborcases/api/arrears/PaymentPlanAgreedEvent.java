package vn.laborcases.api.arrears;

import java.time.LocalDate;
import java.util.List;

/**
 * A payment plan was agreed with the employer.
 */
public record PaymentPlanAgreedEvent(
        ComplaintId complaintId,
        LocalDate agreedOn,
        List<Instalment> instalments) {
}
