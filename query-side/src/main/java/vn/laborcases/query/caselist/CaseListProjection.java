package vn.laborcases.query.caselist;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.arrears.*;
import vn.laborcases.api.dispute.*;
import vn.laborcases.api.inspection.*;

import java.time.Instant;
import java.util.UUID;

/**
 * The case list: one row per case of every type. The status follows the events exactly as
 * the command side's case files (DisputeCaseFile, WorkStoppage, ComplaintCaseFile,
 * InspectionCaseFile) set it; closing stores CLOSED and the closing day, reopening restores
 * the status the reopening event carries. Every other event of a case only moves its
 * record time and sequence (the catch-all handler at the end).
 */
@Component
@ProcessingGroup(CaseListProjection.PROCESSING_GROUP)
public class CaseListProjection {

    public static final String PROCESSING_GROUP = "case-list";

    private final CaseListRows rows;

    CaseListProjection(CaseListRows rows) {
        this.rows = rows;
    }

    // ---- labor disputes (DisputeCaseFile)

    @EventHandler
    void on(DisputeFiledEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        DisputeStatus status = e.forum() == Forum.MEDIATION ? DisputeStatus.AWAITING_MEDIATOR
                : DisputeStatus.MEDIATION_EXEMPT;
        rows.open(e.disputeId().value(), CaseType.LABOR_DISPUTE, e.caseNumber(), e.province(), e.employerTaxCode(),
                e.employerName(), status.name(), e.receivedOn(), sequence, at);
    }

    @EventHandler
    void on(DisputeFilingCorrectedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.rename(e.disputeId().value(), sequence, at, e.corrected().employerName());
    }

    @EventHandler
    void on(MediatorAssignedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.assign(e.disputeId().value(), sequence, at, DisputeStatus.IN_MEDIATION, e.mediatorId());
    }

    @EventHandler
    void on(MediationSettledEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.disputeId().value(), sequence, at, DisputeStatus.SETTLED);
    }

    @EventHandler
    void on(MediationFailedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.disputeId().value(), sequence, at, DisputeStatus.MEDIATION_FAILED);
    }

    @EventHandler
    void on(MediationLapsedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.disputeId().value(), sequence, at, DisputeStatus.MEDIATION_LAPSED);
    }

    @EventHandler
    void on(ArbitrationRequestedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.disputeId().value(), sequence, at, DisputeStatus.ARBITRATION_REQUESTED);
    }

    @EventHandler
    void on(ArbitrationPanelFormedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.disputeId().value(), sequence, at, DisputeStatus.IN_ARBITRATION);
    }

    @EventHandler
    void on(ArbitrationPanelFormationLapsedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.disputeId().value(), sequence, at, DisputeStatus.ARBITRATION_LAPSED);
    }

    @EventHandler
    void on(ArbitrationDecisionIssuedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.disputeId().value(), sequence, at, DisputeStatus.ARBITRATION_DECIDED);
    }

    @EventHandler
    void on(ArbitrationDecisionLapsedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.disputeId().value(), sequence, at, DisputeStatus.ARBITRATION_LAPSED);
    }

    @EventHandler
    void on(ArbitrationComplianceRecordedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.disputeId().value(), sequence, at,
                e.complied() ? DisputeStatus.RESOLVED : DisputeStatus.ARBITRATION_NOT_COMPLIED);
    }

    @EventHandler
    void on(DisputeReferredToCourtEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.disputeId().value(), sequence, at, DisputeStatus.IN_COURT);
    }

    @EventHandler
    void on(CourtJudgmentRecordedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.disputeId().value(), sequence, at, DisputeStatus.JUDGED);
    }

    @EventHandler
    void on(DisputeWithdrawnEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.disputeId().value(), sequence, at, DisputeStatus.WITHDRAWN);
    }

    @EventHandler
    void on(DisputeClosedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.close(e.disputeId().value(), sequence, at, DisputeStatus.CLOSED, e.closedOn());
    }

    @EventHandler
    void on(DisputeReopenedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.reopen(e.disputeId().value(), sequence, at, e.restoredStatus());
    }

    // ---- work stoppages (WorkStoppage: no status there, only a start and an end)

    @EventHandler
    void on(WorkStoppageReportedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.open(e.workStoppageId().value(), CaseType.WORK_STOPPAGE, e.caseNumber(), e.province(),
                e.employerTaxCode(), e.employerName(), WorkStoppagePhase.ONGOING.name(), e.startedOn(), sequence, at);
    }

    @EventHandler
    void on(WorkStoppageEndedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.close(e.workStoppageId().value(), sequence, at, WorkStoppagePhase.ENDED, e.endedOn());
    }

    // ---- wage- and SI-arrears complaints (ComplaintCaseFile)

    @EventHandler
    void on(ComplaintRegisteredEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.open(e.complaintId().value(), CaseType.WAGE_ARREARS, e.caseNumber(), e.province(),
                e.enterpriseTaxCode(), e.enterpriseName(), ComplaintStatus.REGISTERED.name(), e.receivedOn(),
                sequence, at);
    }

    @EventHandler
    void on(ComplaintTreatedAsComplaintEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.complaintId().value(), sequence, at, ComplaintStatus.AWAITING_ACCEPTANCE);
    }

    @EventHandler
    void on(ComplaintTreatedAsDisputeEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.complaintId().value(), sequence, at, ComplaintStatus.TREATED_AS_DISPUTE);
    }

    @EventHandler
    void on(ComplaintReferredEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.complaintId().value(), sequence, at, ComplaintStatus.REFERRED);
    }

    @EventHandler
    void on(ComplaintAcceptedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.complaintId().value(), sequence, at, ComplaintStatus.ACCEPTED);
    }

    @EventHandler
    void on(ComplaintRefusedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.complaintId().value(), sequence, at, ComplaintStatus.REFUSED);
    }

    @EventHandler
    void on(FirstComplaintDecisionIssuedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.complaintId().value(), sequence, at, ComplaintStatus.FIRST_DECIDED);
    }

    @EventHandler
    void on(FirstComplaintDecisionOverdueEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.complaintId().value(), sequence, at, ComplaintStatus.FIRST_DECISION_OVERDUE);
    }

    @EventHandler
    void on(SecondComplaintAcceptedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.complaintId().value(), sequence, at, ComplaintStatus.SECOND_COMPLAINT_ACCEPTED);
    }

    @EventHandler
    void on(SecondComplaintDecisionIssuedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.complaintId().value(), sequence, at, ComplaintStatus.SECOND_DECIDED);
    }

    @EventHandler
    void on(ComplaintClosedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.close(e.complaintId().value(), sequence, at, ComplaintStatus.CLOSED, e.closedOn());
    }

    @EventHandler
    void on(ComplaintReopenedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.reopen(e.complaintId().value(), sequence, at, e.restoredStatus());
    }

    // ---- inspections (InspectionCaseFile)

    @EventHandler
    void on(InspectionStartedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        Enterprise enterprise = e.enterprise();
        rows.open(e.inspectionId().value(), CaseType.INSPECTION, e.caseNumber(), enterprise.province(),
                enterprise.taxCode(), enterprise.name(), InspectionStatus.OPENED.name(), e.openedOn(), sequence, at);
    }

    @EventHandler
    void on(InspectionDecisionIssuedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.assign(e.inspectionId().value(), sequence, at, InspectionStatus.DECISION_ISSUED, e.leadInspector());
    }

    @EventHandler
    void on(InspectionAnnouncedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.inspectionId().value(), sequence, at, InspectionStatus.ANNOUNCED);
    }

    @EventHandler
    void on(FieldworkStartedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.inspectionId().value(), sequence, at, InspectionStatus.IN_FIELDWORK);
    }

    @EventHandler
    void on(FieldworkEndedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.inspectionId().value(), sequence, at, InspectionStatus.FIELDWORK_ENDED);
    }

    @EventHandler
    void on(ResultsReportSubmittedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.inspectionId().value(), sequence, at, InspectionStatus.REPORTED);
    }

    @EventHandler
    void on(DraftConclusionRecordedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.inspectionId().value(), sequence, at, InspectionStatus.DRAFT_CONCLUSION);
    }

    @EventHandler
    void on(DraftConclusionAppraisedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.inspectionId().value(), sequence, at, InspectionStatus.APPRAISED);
    }

    @EventHandler
    void on(InspectionConclusionIssuedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.status(e.inspectionId().value(), sequence, at, InspectionStatus.CONCLUDED);
    }

    @EventHandler
    void on(InspectionClosedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.close(e.inspectionId().value(), sequence, at, InspectionStatus.CLOSED, e.closedOn());
    }

    @EventHandler
    void on(InspectionReopenedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.reopen(e.inspectionId().value(), sequence, at, e.status());
    }

    // ---- every other event of a case: its record time and sequence

    /**
     * Findings, payments, deadlines lapsing without a status change and the like. Axon calls
     * the most specific handler of this class, so this one sees only events with none above.
     * Ids that are not UUIDs belong to no case.
     */
    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        UUID caseId;
        try {
            caseId = UUID.fromString(message.getAggregateIdentifier());
        } catch (IllegalArgumentException notACase) {
            return;
        }
        rows.touch(caseId, message.getSequenceNumber(), message.getTimestamp());
    }

    @ResetHandler
    void reset() {
        rows.deleteAll();
    }
}
