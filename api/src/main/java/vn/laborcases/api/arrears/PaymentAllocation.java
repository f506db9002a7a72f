package vn.laborcases.api.arrears;

/**
 * The part of a payment applied to one claim line.
 */
public record PaymentAllocation(
        int lineNo,
        long amount) {
}
