package vn.laborcases.api.arrears;

import java.time.LocalDate;

/**
 * An SI contribution was still unpaid on the day it turns from late payment into evasion (SI Law 41/2024 Art 39; Decree 274/2025).
 */
public record SocialInsuranceEvasionEvent(
        ComplaintId complaintId,
        int lineNo,
        LocalDate dueOn,
        LocalDate evasionFrom,
        long outstanding) {
}
