package vn.laborcases.api.arrears;

import java.time.LocalDate;
import java.util.List;

/**
 * The employer paid; the payment was allocated to the claim lines, and outstanding is what is still owed after it.
 */
public record PaymentRecordedEvent(
        ComplaintId complaintId,
        int paymentNo,
        LocalDate paidOn,
        long amount,
        String reference,
        List<PaymentAllocation> allocations,
        long outstanding) {
}
