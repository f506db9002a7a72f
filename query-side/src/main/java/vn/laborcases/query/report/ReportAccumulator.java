package vn.laborcases.query.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.arrears.ComplaintId;
import vn.laborcases.api.arrears.ComplaintRegisteredEvent;
import vn.laborcases.api.arrears.PaymentRecordedEvent;
import vn.laborcases.api.dispute.ArbitrationComplianceRecordedEvent;
import vn.laborcases.api.dispute.CourtJudgmentRecordedEvent;
import vn.laborcases.api.dispute.DisputeFiledEvent;
import vn.laborcases.api.dispute.DisputeId;
import vn.laborcases.api.dispute.MediationSettledEvent;
import vn.laborcases.api.dispute.StrikeStartedEvent;
import vn.laborcases.api.dispute.WorkStoppageReportedEvent;
import vn.laborcases.api.inspection.FindingCorrectedEvent;
import vn.laborcases.api.inspection.FindingRecordedEvent;
import vn.laborcases.api.inspection.FinePaidEvent;
import vn.laborcases.api.inspection.InspectionId;
import vn.laborcases.api.inspection.InspectionStartedEvent;

/**
 * The pure fold behind a coordination report: fed every event in global order, it yields the
 * period's figures. It touches no database, so the same events always give the same figures,
 * which is what lets a frozen report be recomputed from its stored position.
 * <p>
 * Each figure counts by the business date the event carries (opened, found, paid, settled,
 * judged, started on), not by when it was logged: the conference quotes what happened in the
 * period. The events that open a case only serve to learn its province, since later events of
 * the case do not repeat it.
 */
public final class ReportAccumulator {

    /** The payload types the fold reads; the reader skips every other event without deserializing it. */
    public static final List<Class<?>> EVENT_TYPES = List.of(
            InspectionStartedEvent.class, FindingRecordedEvent.class, FindingCorrectedEvent.class, FinePaidEvent.class,
            ComplaintRegisteredEvent.class, PaymentRecordedEvent.class,
            DisputeFiledEvent.class, MediationSettledEvent.class, ArbitrationComplianceRecordedEvent.class,
            CourtJudgmentRecordedEvent.class, StrikeStartedEvent.class, WorkStoppageReportedEvent.class);

    private final ReportPeriod period;
    private final Map<InspectionId, Province> inspections = new HashMap<>();
    private final Map<ComplaintId, Province> complaints = new HashMap<>();
    private final Map<DisputeId, Province> disputes = new HashMap<>();
    private final Set<TaxCode> inspected = new HashSet<>();
    private final Set<DisputeId> resolved = new HashSet<>();
    /** Findings counted in workersAffected, so that a correction of one moves the figure by its difference. */
    private final Set<UUID> findingsCounted = new HashSet<>();
    private long workersAffected;
    private long arrearsRecovered;
    private long finesCollected;
    private int strikesStarted;
    private int workStoppagesReported;
    private long workersInStoppages;

    public ReportAccumulator(ReportPeriod period) {
        this.period = period;
    }

    /** Folds one event in; payloads of any other type are ignored. */
    public void apply(Object payload) {
        if (payload instanceof InspectionStartedEvent e) {
            inspections.put(e.inspectionId(), e.enterprise().province());
            if (period.covers(e.enterprise().province()) && period.contains(e.openedOn())) {
                inspected.add(e.enterprise().taxCode());
            }
        } else if (payload instanceof FindingRecordedEvent e) {
            if (inScope(inspections.get(e.inspectionId())) && period.contains(e.foundOn())) {
                workersAffected += e.workersAffected();
                findingsCounted.add(e.findingId());
            }
        } else if (payload instanceof FindingCorrectedEvent e) {
            // The right number held from the finding's day, so it counts in the finding's period.
            if (findingsCounted.contains(e.findingId())) {
                workersAffected += e.corrected().workersAffected() - e.previous().workersAffected();
            }
        } else if (payload instanceof FinePaidEvent e) {
            if (inScope(inspections.get(e.inspectionId())) && period.contains(e.paidOn())) {
                finesCollected += e.amount();
            }
        } else if (payload instanceof ComplaintRegisteredEvent e) {
            complaints.put(e.complaintId(), e.province());
        } else if (payload instanceof PaymentRecordedEvent e) {
            if (inScope(complaints.get(e.complaintId())) && period.contains(e.paidOn())) {
                arrearsRecovered += e.amount();
            }
        } else if (payload instanceof DisputeFiledEvent e) {
            disputes.put(e.disputeId(), e.province());
        } else if (payload instanceof MediationSettledEvent e) {
            resolved(e.disputeId(), e.settledOn());
        } else if (payload instanceof ArbitrationComplianceRecordedEvent e) {
            // Compliance is what makes an arbitrated dispute RESOLVED; non-compliance does not.
            if (e.complied()) {
                resolved(e.disputeId(), e.recordedOn());
            }
        } else if (payload instanceof CourtJudgmentRecordedEvent e) {
            resolved(e.disputeId(), e.judgedOn());
        } else if (payload instanceof StrikeStartedEvent e) {
            if (inScope(disputes.get(e.disputeId())) && period.contains(e.startedOn())) {
                strikesStarted++;
                workersInStoppages += e.workersInvolved();
            }
        } else if (payload instanceof WorkStoppageReportedEvent e) {
            if (period.covers(e.province()) && period.contains(e.startedOn())) {
                workStoppagesReported++;
                workersInStoppages += e.workersInvolved();
            }
        }
    }

    public CoordinationFigures figures() {
        return new CoordinationFigures(inspected.size(), workersAffected, arrearsRecovered, finesCollected,
                resolved.size(), strikesStarted, workStoppagesReported, workersInStoppages);
    }

    /**
     * A dispute counts once however many of SETTLED, RESOLVED and JUDGED it reaches in the
     * period, as it is one dispute resolved.
     */
    private void resolved(DisputeId dispute, LocalDate on) {
        if (inScope(disputes.get(dispute)) && period.contains(on)) {
            resolved.add(dispute);
        }
    }

    /** A case whose opening event was never seen (null) is out of scope of a provincial report. */
    private boolean inScope(Province caseProvince) {
        return period.province() == null || period.province() == caseProvince;
    }
}
