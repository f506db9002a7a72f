package vn.laborcases.api.arrears;

import java.time.LocalDate;

/**
 * Triage chose the complaint procedure of Decree 24/2018.
 */
public record ComplaintTreatedAsComplaintEvent(
        ComplaintId complaintId,
        LocalDate triagedOn) {
}
