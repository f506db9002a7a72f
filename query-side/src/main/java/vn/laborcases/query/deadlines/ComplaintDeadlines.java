package vn.laborcases.query.deadlines;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.arrears.ComplaintAcceptanceOverdueEvent;
import vn.laborcases.api.arrears.ComplaintAcceptedEvent;
import vn.laborcases.api.arrears.ComplaintClosedEvent;
import vn.laborcases.api.arrears.ComplaintReferredEvent;
import vn.laborcases.api.arrears.ComplaintRefusedEvent;
import vn.laborcases.api.arrears.ComplaintRegisteredEvent;
import vn.laborcases.api.arrears.ComplaintReopenedEvent;
import vn.laborcases.api.arrears.ComplaintTreatedAsDisputeEvent;
import vn.laborcases.api.arrears.FirstComplaintDecisionIssuedEvent;
import vn.laborcases.api.arrears.FirstComplaintDecisionOverdueEvent;
import vn.laborcases.api.arrears.SecondComplaintAcceptedEvent;
import vn.laborcases.api.arrears.SecondComplaintDecisionIssuedEvent;
import vn.laborcases.api.arrears.SecondComplaintDecisionOverdueEvent;
import vn.laborcases.api.arrears.SecondComplaintWindowClosedEvent;

import java.time.LocalDate;
import java.util.UUID;

import static vn.laborcases.api.DeadlineKind.COMPLAINT_ACCEPTANCE;
import static vn.laborcases.api.DeadlineKind.FIRST_COMPLAINT_DECISION;
import static vn.laborcases.api.DeadlineKind.SECOND_COMPLAINT_DECISION;
import static vn.laborcases.api.DeadlineKind.SECOND_COMPLAINT_FILING;

/**
 * A wage- or SI-arrears complaint's deadlines, following ComplaintCaseFile: registration opens
 * acceptance, which any answer to the complaint meets (accepted, refused, referred, or treated as
 * a dispute); acceptance opens the first decision, the first decision (or its lapse) the window
 * for a second complaint, and a second complaint its decision.
 */
@Component
@ProcessingGroup(DeadlineRadar.PROCESSING_GROUP)
class ComplaintDeadlines {

    private final RadarRows rows;

    ComplaintDeadlines(RadarRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(ComplaintRegisteredEvent event, @SequenceNumber long sequence) {
        UUID id = event.complaintId().value();
        if (rows.startCase(id, CaseType.WAGE_ARREARS, event.caseNumber(), event.province(), sequence)) {
            event.deadlines().forEach(deadline -> rows.open(id, deadline));
        }
    }

    @EventHandler
    void on(ComplaintTreatedAsDisputeEvent event, @SequenceNumber long sequence) {
        rows.met(event.complaintId().value(), sequence, COMPLAINT_ACCEPTANCE, event.triagedOn());
    }

    @EventHandler
    void on(ComplaintReferredEvent event, @SequenceNumber long sequence) {
        rows.met(event.complaintId().value(), sequence, COMPLAINT_ACCEPTANCE, event.referredOn());
    }

    @EventHandler
    void on(ComplaintRefusedEvent event, @SequenceNumber long sequence) {
        rows.met(event.complaintId().value(), sequence, COMPLAINT_ACCEPTANCE, event.refusedOn());
    }

    @EventHandler
    void on(ComplaintAcceptedEvent event, @SequenceNumber long sequence) {
        UUID id = event.complaintId().value();
        if (rows.advance(id, sequence)) {
            rows.met(id, COMPLAINT_ACCEPTANCE, event.acceptedOn());
            rows.open(id, event.firstDecision());
        }
    }

    @EventHandler
    void on(ComplaintAcceptanceOverdueEvent event, @SequenceNumber long sequence) {
        rows.missed(event.complaintId().value(), sequence, COMPLAINT_ACCEPTANCE, event.dueOn());
    }

    @EventHandler
    void on(FirstComplaintDecisionIssuedEvent event, @SequenceNumber long sequence) {
        UUID id = event.complaintId().value();
        if (rows.advance(id, sequence)) {
            rows.met(id, FIRST_COMPLAINT_DECISION, event.decidedOn());
            rows.open(id, event.secondComplaintFiling());
        }
    }

    @EventHandler
    void on(FirstComplaintDecisionOverdueEvent event, @SequenceNumber long sequence) {
        UUID id = event.complaintId().value();
        if (rows.advance(id, sequence)) {
            rows.missed(id, FIRST_COMPLAINT_DECISION, event.dueOn());
            rows.open(id, event.secondComplaintFiling());
        }
    }

    @EventHandler
    void on(SecondComplaintAcceptedEvent event, @SequenceNumber long sequence) {
        UUID id = event.complaintId().value();
        if (rows.advance(id, sequence)) {
            rows.met(id, SECOND_COMPLAINT_FILING, event.filedOn());
            rows.open(id, event.secondDecision());
        }
    }

    /** The complainant's window closed unused: not a failure of the authority, so EXPIRED. */
    @EventHandler
    void on(SecondComplaintWindowClosedEvent event, @SequenceNumber long sequence) {
        rows.settle(event.complaintId().value(), sequence, SECOND_COMPLAINT_FILING.name(),
                DeadlineState.EXPIRED, RadarRows.firstDayLate(event.dueOn()));
    }

    @EventHandler
    void on(SecondComplaintDecisionIssuedEvent event, @SequenceNumber long sequence) {
        rows.met(event.complaintId().value(), sequence, SECOND_COMPLAINT_DECISION, event.decidedOn());
    }

    @EventHandler
    void on(SecondComplaintDecisionOverdueEvent event, @SequenceNumber long sequence) {
        rows.missed(event.complaintId().value(), sequence, SECOND_COMPLAINT_DECISION, event.dueOn());
    }

    @EventHandler
    void on(ComplaintClosedEvent event, @SequenceNumber long sequence) {
        rows.close(event.complaintId().value(), sequence, event.closedOn());
    }

    @EventHandler
    void on(ComplaintReopenedEvent event, @SequenceNumber long sequence) {
        rows.reopen(event.complaintId().value(), sequence);
    }
}
