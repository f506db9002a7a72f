package vn.laborcases.query.deadlines;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.dispute.ArbitrationDecisionIssuedEvent;
import vn.laborcases.api.dispute.ArbitrationDecisionLapsedEvent;
import vn.laborcases.api.dispute.ArbitrationPanelFormationLapsedEvent;
import vn.laborcases.api.dispute.ArbitrationPanelFormedEvent;
import vn.laborcases.api.dispute.ArbitrationRequestedEvent;
import vn.laborcases.api.dispute.DisputeClosedEvent;
import vn.laborcases.api.dispute.DisputeFiledEvent;
import vn.laborcases.api.dispute.DisputeReopenedEvent;
import vn.laborcases.api.dispute.DisputeWithdrawnEvent;
import vn.laborcases.api.dispute.MediationFailedEvent;
import vn.laborcases.api.dispute.MediationLapsedEvent;
import vn.laborcases.api.dispute.MediationRecordsDeliveredEvent;
import vn.laborcases.api.dispute.MediationRecordsDeliveryOverdueEvent;
import vn.laborcases.api.dispute.MediationSettledEvent;
import vn.laborcases.api.dispute.MediatorAssignedEvent;
import vn.laborcases.api.dispute.MediatorAssignmentOverdueEvent;

import java.time.LocalDate;
import java.util.UUID;

import static vn.laborcases.api.DeadlineKind.ARBITRATION_DECISION;
import static vn.laborcases.api.DeadlineKind.ARBITRATION_PANEL_FORMATION;
import static vn.laborcases.api.DeadlineKind.MEDIATION;
import static vn.laborcases.api.DeadlineKind.MEDIATION_RECORDS_DELIVERY;
import static vn.laborcases.api.DeadlineKind.MEDIATOR_ASSIGNMENT;

/**
 * A dispute's deadlines on the radar, following DisputeCaseFile: filing opens mediator
 * assignment and mediation, the end of mediation opens records delivery, arbitration opens
 * panel formation and then the decision; closure and withdrawal drop what is still open.
 */
@Component
@ProcessingGroup(DeadlineRadar.PROCESSING_GROUP)
class DisputeDeadlines {

    private final RadarRows rows;

    DisputeDeadlines(RadarRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(DisputeFiledEvent event, @SequenceNumber long sequence) {
        UUID id = event.disputeId().value();
        if (rows.startCase(id, CaseType.LABOR_DISPUTE, event.caseNumber(), event.province(), sequence)) {
            event.deadlines().forEach(deadline -> rows.open(id, deadline));
        }
    }

    @EventHandler
    void on(MediatorAssignedEvent event, @SequenceNumber long sequence) {
        rows.met(event.disputeId().value(), sequence, MEDIATOR_ASSIGNMENT, event.assignedOn());
    }

    @EventHandler
    void on(MediatorAssignmentOverdueEvent event, @SequenceNumber long sequence) {
        rows.missed(event.disputeId().value(), sequence, MEDIATOR_ASSIGNMENT, event.dueOn());
    }

    @EventHandler
    void on(MediationSettledEvent event, @SequenceNumber long sequence) {
        endMediation(event.disputeId().value(), sequence, event.settledOn(), event.recordsDelivery());
    }

    @EventHandler
    void on(MediationFailedEvent event, @SequenceNumber long sequence) {
        endMediation(event.disputeId().value(), sequence, event.failedOn(), event.recordsDelivery());
    }

    /** A mediation that ends, settled or failed, ended in time; an assignment never made no longer runs. */
    private void endMediation(UUID id, long sequence, LocalDate on, LegalDeadline recordsDelivery) {
        if (rows.advance(id, sequence)) {
            rows.settle(id, MEDIATOR_ASSIGNMENT.name(), DeadlineState.CANCELLED, on);
            rows.met(id, MEDIATION, on);
            rows.open(id, recordsDelivery);
        }
    }

    @EventHandler
    void on(MediationLapsedEvent event, @SequenceNumber long sequence) {
        UUID id = event.disputeId().value();
        if (rows.advance(id, sequence)) {
            rows.missed(id, MEDIATION, event.dueOn());
            rows.settle(id, MEDIATOR_ASSIGNMENT.name(), DeadlineState.CANCELLED, RadarRows.firstDayLate(event.dueOn()));
        }
    }

    @EventHandler
    void on(MediationRecordsDeliveredEvent event, @SequenceNumber long sequence) {
        rows.met(event.disputeId().value(), sequence, MEDIATION_RECORDS_DELIVERY, event.deliveredOn());
    }

    @EventHandler
    void on(MediationRecordsDeliveryOverdueEvent event, @SequenceNumber long sequence) {
        rows.missed(event.disputeId().value(), sequence, MEDIATION_RECORDS_DELIVERY, event.dueOn());
    }

    @EventHandler
    void on(ArbitrationRequestedEvent event, @SequenceNumber long sequence) {
        UUID id = event.disputeId().value();
        if (rows.advance(id, sequence)) {
            rows.open(id, event.panelFormation());
        }
    }

    @EventHandler
    void on(ArbitrationPanelFormedEvent event, @SequenceNumber long sequence) {
        UUID id = event.disputeId().value();
        if (rows.advance(id, sequence)) {
            rows.met(id, ARBITRATION_PANEL_FORMATION, event.formedOn());
            rows.open(id, event.decision());
        }
    }

    @EventHandler
    void on(ArbitrationPanelFormationLapsedEvent event, @SequenceNumber long sequence) {
        rows.missed(event.disputeId().value(), sequence, ARBITRATION_PANEL_FORMATION, event.dueOn());
    }

    @EventHandler
    void on(ArbitrationDecisionIssuedEvent event, @SequenceNumber long sequence) {
        rows.met(event.disputeId().value(), sequence, ARBITRATION_DECISION, event.decidedOn());
    }

    @EventHandler
    void on(ArbitrationDecisionLapsedEvent event, @SequenceNumber long sequence) {
        rows.missed(event.disputeId().value(), sequence, ARBITRATION_DECISION, event.dueOn());
    }

    @EventHandler
    void on(DisputeWithdrawnEvent event, @SequenceNumber long sequence) {
        rows.close(event.disputeId().value(), sequence, event.withdrawnOn());
    }

    @EventHandler
    void on(DisputeClosedEvent event, @SequenceNumber long sequence) {
        rows.close(event.disputeId().value(), sequence, event.closedOn());
    }

    @EventHandler
    void on(DisputeReopenedEvent event, @SequenceNumber long sequence) {
        rows.reopen(event.disputeId().value(), sequence);
    }

    /** Empties the whole radar once per rebuild; the other case types' handlers share its tables. */
    @ResetHandler
    void reset() {
        rows.reset();
    }
}
