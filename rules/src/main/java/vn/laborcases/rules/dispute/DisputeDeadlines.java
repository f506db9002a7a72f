package vn.laborcases.rules.dispute;

import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.rules.Deadlines;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/** The statutory deadlines of a labor dispute, each from the event that starts it. */
public final class DisputeDeadlines {

    private DisputeDeadlines() {
    }

    /** The labor agency assigns a mediator within N working days of receiving the request. */
    public static LegalDeadline mediatorAssignment(LocalDate receivedOn, DisputeRules rules, WorkingDayCalendar calendar) {
        return new LegalDeadline(DeadlineKind.MEDIATOR_ASSIGNMENT,
                Deadlines.workingDaysAfter(calendar, receivedOn, rules.mediatorAssignmentWorkingDays()),
                DisputeArticles.MEDIATOR_ASSIGNMENT);
    }

    /** The mediation is concluded within N working days of receiving the request. */
    public static LegalDeadline mediation(LocalDate receivedOn, DisputeRules rules, WorkingDayCalendar calendar) {
        return new LegalDeadline(DeadlineKind.MEDIATION,
                Deadlines.workingDaysAfter(calendar, receivedOn, rules.mediationWorkingDays()),
                DisputeArticles.MEDIATION_PERIOD);
    }

    /** The records of a settled or failed mediation reach both parties within N working days. */
    public static LegalDeadline recordsDelivery(LocalDate concludedOn, DisputeRules rules, WorkingDayCalendar calendar) {
        return new LegalDeadline(DeadlineKind.MEDIATION_RECORDS_DELIVERY,
                Deadlines.workingDaysAfter(calendar, concludedOn, rules.mediationRecordsDeliveryWorkingDays()),
                DisputeArticles.MEDIATION_RECORDS);
    }

    /** The arbitration panel is formed within N working days of the request. */
    public static LegalDeadline panelFormation(LocalDate requestedOn, DisputeRules rules, WorkingDayCalendar calendar) {
        return new LegalDeadline(DeadlineKind.ARBITRATION_PANEL_FORMATION,
                Deadlines.workingDaysAfter(calendar, requestedOn, rules.arbitrationPanelFormationWorkingDays()),
                DisputeArticles.ARBITRATION_PERIODS);
    }

    /** The panel decides within N days of its formation. */
    public static LegalDeadline arbitrationDecision(LocalDate formedOn, DisputeRules rules, WorkingDayCalendar calendar) {
        return new LegalDeadline(DeadlineKind.ARBITRATION_DECISION,
                Deadlines.calendarDaysAfter(calendar, formedOn, rules.arbitrationDecisionDays()),
                DisputeArticles.ARBITRATION_PERIODS);
    }
}
