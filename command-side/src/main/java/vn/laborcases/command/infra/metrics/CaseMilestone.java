package vn.laborcases.command.infra.metrics;

import vn.laborcases.api.CaseType;
import vn.laborcases.api.Province;
import vn.laborcases.api.arrears.ComplaintAcceptanceOverdueEvent;
import vn.laborcases.api.arrears.ComplaintClosedEvent;
import vn.laborcases.api.arrears.ComplaintRegisteredEvent;
import vn.laborcases.api.arrears.FirstComplaintDecisionOverdueEvent;
import vn.laborcases.api.arrears.SecondComplaintDecisionOverdueEvent;
import vn.laborcases.api.dispute.ArbitrationDecisionLapsedEvent;
import vn.laborcases.api.dispute.ArbitrationPanelFormationLapsedEvent;
import vn.laborcases.api.dispute.DisputeClosedEvent;
import vn.laborcases.api.dispute.DisputeFiledEvent;
import vn.laborcases.api.dispute.MediationLapsedEvent;
import vn.laborcases.api.dispute.MediationRecordsDeliveryOverdueEvent;
import vn.laborcases.api.dispute.MediatorAssignmentOverdueEvent;
import vn.laborcases.api.dispute.WorkStoppageEndedEvent;
import vn.laborcases.api.dispute.WorkStoppageReportedEvent;
import vn.laborcases.api.inspection.DraftConclusionOverdueEvent;
import vn.laborcases.api.inspection.InspectionClosedEvent;
import vn.laborcases.api.inspection.InspectionDurationOverdueEvent;
import vn.laborcases.api.inspection.InspectionStartedEvent;
import vn.laborcases.api.inspection.RemediationOverdueEvent;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an event means for the caseload counters: a case file opened, closed, or a statutory
 * deadline of it missed. The same events open and close a case as in the supervisors' case
 * list: a withdrawal, refusal or reopening changes a status but neither opens nor closes a file,
 * and the end of a work stoppage closes it. A second-complaint window closing unused is the
 * party's choice, not a missed deadline.
 *
 * @param province the case's province when the event names it (only opening events do); null
 *                 otherwise, and then found from the case's opening event
 */
record CaseMilestone(Kind kind, CaseType caseType, Province province) {

    enum Kind { OPENED, CLOSED, DEADLINE_MISSED }

    private static final Map<Class<?>, Function<Object, CaseMilestone>> BY_EVENT = Map.ofEntries(
            opening(DisputeFiledEvent.class, CaseType.LABOR_DISPUTE, DisputeFiledEvent::province),
            opening(WorkStoppageReportedEvent.class, CaseType.WORK_STOPPAGE, WorkStoppageReportedEvent::province),
            opening(ComplaintRegisteredEvent.class, CaseType.WAGE_ARREARS, ComplaintRegisteredEvent::province),
            opening(InspectionStartedEvent.class, CaseType.INSPECTION, e -> e.enterprise().province()),
            later(DisputeClosedEvent.class, Kind.CLOSED, CaseType.LABOR_DISPUTE),
            later(WorkStoppageEndedEvent.class, Kind.CLOSED, CaseType.WORK_STOPPAGE),
            later(ComplaintClosedEvent.class, Kind.CLOSED, CaseType.WAGE_ARREARS),
            later(InspectionClosedEvent.class, Kind.CLOSED, CaseType.INSPECTION),
            later(MediatorAssignmentOverdueEvent.class, Kind.DEADLINE_MISSED, CaseType.LABOR_DISPUTE),
            later(MediationLapsedEvent.class, Kind.DEADLINE_MISSED, CaseType.LABOR_DISPUTE),
            later(MediationRecordsDeliveryOverdueEvent.class, Kind.DEADLINE_MISSED, CaseType.LABOR_DISPUTE),
            later(ArbitrationPanelFormationLapsedEvent.class, Kind.DEADLINE_MISSED, CaseType.LABOR_DISPUTE),
            later(ArbitrationDecisionLapsedEvent.class, Kind.DEADLINE_MISSED, CaseType.LABOR_DISPUTE),
            later(ComplaintAcceptanceOverdueEvent.class, Kind.DEADLINE_MISSED, CaseType.WAGE_ARREARS),
            later(FirstComplaintDecisionOverdueEvent.class, Kind.DEADLINE_MISSED, CaseType.WAGE_ARREARS),
            later(SecondComplaintDecisionOverdueEvent.class, Kind.DEADLINE_MISSED, CaseType.WAGE_ARREARS),
            later(DraftConclusionOverdueEvent.class, Kind.DEADLINE_MISSED, CaseType.INSPECTION),
            later(InspectionDurationOverdueEvent.class, Kind.DEADLINE_MISSED, CaseType.INSPECTION),
            later(RemediationOverdueEvent.class, Kind.DEADLINE_MISSED, CaseType.INSPECTION));

    /** The milestone an event marks; empty for the events that change a case within its life. */
    static Optional<CaseMilestone> of(Object event) {
        return Optional.ofNullable(BY_EVENT.get(event.getClass())).map(milestone -> milestone.apply(event));
    }

    private static <E> Map.Entry<Class<?>, Function<Object, CaseMilestone>> opening(
            Class<E> type, CaseType caseType, Function<E, Province> province) {
        return Map.entry(type, event -> new CaseMilestone(Kind.OPENED, caseType, province.apply(type.cast(event))));
    }

    private static Map.Entry<Class<?>, Function<Object, CaseMilestone>> later(Class<?> type, Kind kind,
                                                                           CaseType caseType) {
        return Map.entry(type, event -> new CaseMilestone(kind, caseType, null));
    }
}
