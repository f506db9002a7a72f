package vn.laborcases.rules.arrears;

import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.rules.Deadlines;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * The statutory deadlines of a labor complaint (Decree 24/2018/ND-CP), each from the event that
 * starts it. Acceptance counts working days; the decision and filing periods count calendar days
 * and move to the next working day when they end on a day off (Civil Code Art 148).
 */
public final class ComplaintDeadlines {

    private ComplaintDeadlines() {
    }

    /** Accept the complaint, or refuse it with reasons, within N working days of receipt. */
    public static LegalDeadline acceptance(LocalDate receivedOn, ArrearsRules rules, WorkingDayCalendar calendar) {
        return new LegalDeadline(DeadlineKind.COMPLAINT_ACCEPTANCE,
                Deadlines.workingDaysAfter(calendar, receivedOn, rules.acceptanceWorkingDays()),
                ArrearsArticles.COMPLAINT_ACCEPTANCE);
    }

    /** Decide the first complaint within N days of acceptance: longer when complex, longer still in remote areas. */
    public static LegalDeadline firstDecision(LocalDate acceptedOn, boolean complex, boolean remoteArea,
                                             ArrearsRules rules, WorkingDayCalendar calendar) {
        int days = remoteArea
                ? (complex ? rules.firstDecisionRemoteComplexDays() : rules.firstDecisionRemoteDays())
                : (complex ? rules.firstDecisionComplexDays() : rules.firstDecisionDays());
        return new LegalDeadline(DeadlineKind.FIRST_COMPLAINT_DECISION,
                Deadlines.calendarDaysAfter(calendar, acceptedOn, days), ArrearsArticles.FIRST_DECISION_PERIOD);
    }

    /**
     * File a second complaint within N days of the first decision, or of the day the first
     * decision was due when none came ({@code from} is that day).
     */
    public static LegalDeadline secondComplaintFiling(LocalDate from, ArrearsRules rules, WorkingDayCalendar calendar) {
        return new LegalDeadline(DeadlineKind.SECOND_COMPLAINT_FILING,
                Deadlines.calendarDaysAfter(calendar, from, rules.secondComplaintFilingDays()),
                ArrearsArticles.SECOND_COMPLAINT_FILING);
    }

    /** Decide the second complaint within N days of its acceptance; longer when complex or in a remote area. */
    public static LegalDeadline secondDecision(LocalDate acceptedOn, boolean complex, boolean remoteArea,
                                               ArrearsRules rules, WorkingDayCalendar calendar) {
        int days = complex || remoteArea ? rules.secondDecisionComplexOrRemoteDays() : rules.secondDecisionDays();
        return new LegalDeadline(DeadlineKind.SECOND_COMPLAINT_DECISION,
                Deadlines.calendarDaysAfter(calendar, acceptedOn, days), ArrearsArticles.SECOND_DECISION_PERIOD);
    }
}
