package vn.laborcases.api.arrears;

import java.time.LocalDate;

/**
 * No second decision by its deadline; the complainant may go to court.
 */
public record SecondComplaintDecisionOverdueEvent(
        ComplaintId complaintId,
        LocalDate dueOn) {
}
