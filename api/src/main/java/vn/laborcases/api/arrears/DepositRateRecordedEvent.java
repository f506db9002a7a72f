package vn.laborcases.api.arrears;

/**
 * The 1-month deposit rate of the employer's payroll bank was recorded, for the late-wage compensation of Art 97(4).
 */
public record DepositRateRecordedEvent(
        ComplaintId complaintId,
        DepositRate rate) {
}
