package vn.laborcases.query.outcomes;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.dispute.ArbitrationComplianceRecordedEvent;
import vn.laborcases.api.dispute.ArbitrationRequestedEvent;
import vn.laborcases.api.dispute.CourtJudgmentRecordedEvent;
import vn.laborcases.api.dispute.DisputeFiledEvent;
import vn.laborcases.api.dispute.DisputeReferredToCourtEvent;
import vn.laborcases.api.dispute.MediationFailedEvent;
import vn.laborcases.api.dispute.MediationLapsedEvent;
import vn.laborcases.api.dispute.MediationSettledEvent;
import vn.laborcases.api.dispute.TimeBarCheck;

/**
 * One row per dispute with what the outcome statistics count: how its mediation concluded,
 * whether it went on to arbitration or court, and the day it was resolved. Updates apply only
 * to a newer aggregate sequence than the row has seen, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup("statistics")
public class DisputeOutcomesProjection {

    private final JdbcClient jdbc;

    public DisputeOutcomesProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(DisputeFiledEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO out_dispute (dispute_id, case_number, kind, province, received_on,
                                                 time_bar_overridden, last_sequence)
                        VALUES (:id, :number, :kind, :province, :receivedOn, :overridden, :seq)
                        ON CONFLICT (dispute_id) DO NOTHING""")
                .param("id", event.disputeId().value())
                .param("number", event.caseNumber().toString())
                .param("kind", event.kind() == null ? "UNKNOWN" : event.kind().name())
                .param("province", event.province().name())
                .param("receivedOn", event.receivedOn())
                .param("overridden", overridden(event.timeBar()))
                .param("seq", sequence)
                .update();
    }

    @EventHandler
    public void on(MediationSettledEvent event, @SequenceNumber long sequence) {
        // A settlement concludes the mediation and resolves the dispute the same day.
        update(event.disputeId().value(), sequence,
                "mediation_outcome = 'SETTLED', resolved_on = COALESCE(resolved_on, :on)", event.settledOn());
    }

    @EventHandler
    public void on(MediationFailedEvent event, @SequenceNumber long sequence) {
        update(event.disputeId().value(), sequence, "mediation_outcome = 'FAILED'", null);
    }

    @EventHandler
    public void on(MediationLapsedEvent event, @SequenceNumber long sequence) {
        update(event.disputeId().value(), sequence, "mediation_outcome = 'LAPSED'", null);
    }

    @EventHandler
    public void on(ArbitrationRequestedEvent event, @SequenceNumber long sequence) {
        update(event.disputeId().value(), sequence, "escalated = TRUE", null);
    }

    @EventHandler
    public void on(DisputeReferredToCourtEvent event, @SequenceNumber long sequence) {
        update(event.disputeId().value(), sequence, "escalated = TRUE", null);
    }

    @EventHandler
    public void on(ArbitrationComplianceRecordedEvent event, @SequenceNumber long sequence) {
        // Non-compliance leaves the dispute open (it may go to court); only compliance resolves it.
        if (event.complied()) {
            update(event.disputeId().value(), sequence, "resolved_on = COALESCE(resolved_on, :on)",
                    event.recordedOn());
        }
    }

    @EventHandler
    public void on(CourtJudgmentRecordedEvent event, @SequenceNumber long sequence) {
        update(event.disputeId().value(), sequence, "resolved_on = COALESCE(resolved_on, :on)", event.judgedOn());
    }

    @ResetHandler
    public void reset() {
        jdbc.sql("TRUNCATE out_dispute").update();
    }

    static boolean overridden(TimeBarCheck check) {
        return check != null && check.barred() && check.override() != null;
    }

    private void update(UUID id, long sequence, String assignments, LocalDate on) {
        var statement = jdbc.sql("UPDATE out_dispute SET " + assignments + ", last_sequence = :seq"
                        + " WHERE dispute_id = :id AND last_sequence < :seq")
                .param("id", id)
                .param("seq", sequence);
        if (on != null) {
            statement = statement.param("on", on);
        }
        statement.update();
    }
}
