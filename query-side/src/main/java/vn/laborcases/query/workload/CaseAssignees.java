package vn.laborcases.query.workload;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.dispute.MediatorAssignedEvent;
import vn.laborcases.api.inspection.InspectionDecisionIssuedEvent;
import vn.laborcases.query.deadlines.DeadlineRadar;

import java.util.UUID;

/**
 * Who carries each case: a dispute's mediator, an inspection's lead inspector. In the radar's
 * processing group, so that the workload and the radar are always at the same event.
 */
@Component
@ProcessingGroup(DeadlineRadar.PROCESSING_GROUP)
class CaseAssignees {

    private final JdbcClient jdbc;

    CaseAssignees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MediatorAssignedEvent event, @SequenceNumber long sequence) {
        assign(event.disputeId().value(), event.mediatorId(), sequence);
    }

    @EventHandler
    void on(InspectionDecisionIssuedEvent event, @SequenceNumber long sequence) {
        assign(event.inspectionId().value(), event.leadInspector(), sequence);
    }

    /** A later assignment replaces an earlier one; a redelivered or older one changes nothing. */
    private void assign(UUID caseId, String assignee, long sequence) {
        jdbc.sql("""
                        INSERT INTO workload_assignee (case_id, assignee, last_sequence) VALUES (:id, :assignee, :sequence)
                        ON CONFLICT (case_id) DO UPDATE SET assignee = EXCLUDED.assignee,
                                                            last_sequence = EXCLUDED.last_sequence
                        WHERE workload_assignee.last_sequence < EXCLUDED.last_sequence""")
                .param("id", caseId).param("assignee", assignee).param("sequence", sequence)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM workload_assignee").update();
    }
}
