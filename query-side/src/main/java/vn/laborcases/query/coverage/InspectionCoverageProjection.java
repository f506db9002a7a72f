package vn.laborcases.query.coverage;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.inspection.FindingRecordedEvent;
import vn.laborcases.api.inspection.FinePaidEvent;
import vn.laborcases.api.inspection.InspectionStartedEvent;
import vn.laborcases.api.inspection.SanctionAmendedEvent;
import vn.laborcases.api.inspection.SanctionImposedEvent;

/**
 * Inspections with the enterprise's size band and sector, their findings and their fines. A
 * fine keeps its current amount (after amendments) and the running total paid that each
 * payment event carries; both are set only from a newer aggregate sequence, so a redelivered
 * event changes nothing. Findings and inspections are keyed by their ids.
 */
@Component
@ProcessingGroup("statistics")
public class InspectionCoverageProjection {

    private final JdbcClient jdbc;

    public InspectionCoverageProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(InspectionStartedEvent event) {
        var enterprise = event.enterprise();
        jdbc.sql("""
                        INSERT INTO cov_inspection (inspection_id, case_number, province, opened_on, headcount,
                                                    size_band, sector)
                        VALUES (:id, :number, :province, :openedOn, :headcount, :band, :sector)
                        ON CONFLICT (inspection_id) DO NOTHING""")
                .param("id", event.inspectionId().value())
                .param("number", event.caseNumber().toString())
                .param("province", enterprise.province().name())
                .param("openedOn", event.openedOn())
                .param("headcount", enterprise.headcount())
                .param("band", SizeBand.of(enterprise.headcount()).name())
                .param("sector", enterprise.sector() == null || enterprise.sector().isBlank() ? null
                        : enterprise.sector().strip())
                .update();
    }

    @EventHandler
    public void on(FindingRecordedEvent event) {
        jdbc.sql("""
                        INSERT INTO cov_finding (finding_id, inspection_id) VALUES (:finding, :inspection)
                        ON CONFLICT (finding_id) DO NOTHING""")
                .param("finding", event.findingId())
                .param("inspection", event.inspectionId().value())
                .update();
    }

    @EventHandler
    public void on(SanctionImposedEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO cov_sanction (sanction_id, inspection_id, current_amount, last_sequence)
                        VALUES (:sanction, :inspection, :amount, :seq)
                        ON CONFLICT (sanction_id) DO NOTHING""")
                .param("sanction", event.sanctionId())
                .param("inspection", event.inspectionId().value())
                .param("amount", event.amount())
                .param("seq", sequence)
                .update();
    }

    @EventHandler
    public void on(SanctionAmendedEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        UPDATE cov_sanction SET current_amount = :amount, last_sequence = :seq
                         WHERE sanction_id = :sanction AND last_sequence < :seq""")
                .param("sanction", event.sanctionId())
                .param("amount", event.currentAmount())
                .param("seq", sequence)
                .update();
    }

    @EventHandler
    public void on(FinePaidEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        UPDATE cov_sanction SET paid = :paid, last_sequence = :seq
                         WHERE sanction_id = :sanction AND last_sequence < :seq""")
                .param("sanction", event.sanctionId())
                .param("paid", event.totalPaid())
                .param("seq", sequence)
                .update();
    }

    @ResetHandler
    public void reset() {
        jdbc.sql("TRUNCATE cov_inspection, cov_finding, cov_sanction").update();
    }
}
