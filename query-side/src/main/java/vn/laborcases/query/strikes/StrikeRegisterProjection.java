package vn.laborcases.query.strikes;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.dispute.DisputeFiledEvent;
import vn.laborcases.api.dispute.DisputeFilingCorrectedEvent;
import vn.laborcases.api.dispute.StrikeCourtRulingRecordedEvent;
import vn.laborcases.api.dispute.StrikeEndedEvent;
import vn.laborcases.api.dispute.StrikeStartedEvent;
import vn.laborcases.api.dispute.StrikeViolation;
import vn.laborcases.api.dispute.WorkStoppageEndedEvent;
import vn.laborcases.api.dispute.WorkStoppageReportedEvent;

/**
 * The strike and work-stoppage register: one row per strike (a dispute can strike again after
 * an earlier strike ended, so a strike is keyed by its dispute and the sequence of its start)
 * and one per work stoppage. The dispute's number, enterprise and province are kept from its
 * filing because the strike events do not repeat them; both come from the same aggregate, so
 * the filing is always projected first.
 */
@Component
@ProcessingGroup("statistics")
public class StrikeRegisterProjection {

    private final JdbcClient jdbc;

    public StrikeRegisterProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(DisputeFiledEvent event) {
        jdbc.sql("""
                        INSERT INTO stk_dispute (dispute_id, case_number, tax_code, enterprise_name, province)
                        VALUES (:id, :number, :taxCode, :name, :province)
                        ON CONFLICT (dispute_id) DO NOTHING""")
                .param("id", event.disputeId().value())
                .param("number", event.caseNumber().toString())
                .param("taxCode", event.employerTaxCode() == null ? null : event.employerTaxCode().value())
                .param("name", event.employerName())
                .param("province", event.province().name())
                .update();
    }

    /**
     * The dispute's employer as last corrected, on the dispute and on each of its strikes. The
     * event carries the name itself, so applying it twice changes nothing more.
     */
    @EventHandler
    public void on(DisputeFilingCorrectedEvent event) {
        String name = event.corrected().employerName();
        jdbc.sql("UPDATE stk_dispute SET enterprise_name = :name WHERE dispute_id = :id")
                .param("name", name).param("id", event.disputeId().value()).update();
        jdbc.sql("UPDATE stk_register SET enterprise_name = :name WHERE case_id = :id AND kind = 'STRIKE'")
                .param("name", name).param("id", event.disputeId().value()).update();
    }

    @EventHandler
    public void on(StrikeStartedEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO stk_register (row_id, kind, case_id, case_number, tax_code, enterprise_name,
                                                  province, workers_involved, started_on, lawful, violations,
                                                  last_sequence)
                        SELECT :rowId, 'STRIKE', d.dispute_id, d.case_number, d.tax_code, d.enterprise_name,
                               d.province, :workers, :startedOn, :lawful, :violations, :seq
                          FROM stk_dispute d WHERE d.dispute_id = :id
                        ON CONFLICT (row_id) DO NOTHING""")
                .param("rowId", "STRIKE:" + event.disputeId() + ":" + sequence)
                .param("id", event.disputeId().value())
                .param("workers", event.workersInvolved())
                .param("startedOn", event.startedOn())
                .param("lawful", event.lawful())
                .param("violations", articles(event.violations()))
                .param("seq", sequence)
                .update();
    }

    @EventHandler
    public void on(StrikeEndedEvent event, @SequenceNumber long sequence) {
        // Ends the dispute's strike under way; once ended, a redelivery finds no open strike.
        jdbc.sql("""
                        SELECT row_id FROM stk_register
                         WHERE case_id = :id AND kind = 'STRIKE' AND ended_on IS NULL AND last_sequence < :seq""")
                .param("id", event.disputeId().value())
                .param("seq", sequence)
                .query(String.class).list()
                .forEach(rowId -> end(rowId, event.endedOn(), sequence));
    }

    @EventHandler
    public void on(StrikeCourtRulingRecordedEvent event, @SequenceNumber long sequence) {
        // The court's ruling replaces the flag the strike was recorded with, on the latest strike.
        jdbc.sql("""
                        UPDATE stk_register SET lawful = :lawful, court_ruled = TRUE, last_sequence = :seq
                         WHERE row_id = (SELECT row_id FROM stk_register WHERE case_id = :id AND kind = 'STRIKE'
                                          ORDER BY started_on DESC, row_id DESC LIMIT 1)
                           AND last_sequence < :seq""")
                .param("id", event.disputeId().value())
                .param("lawful", event.lawful())
                .param("seq", sequence)
                .update();
    }

    @EventHandler
    public void on(WorkStoppageReportedEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO stk_register (row_id, kind, case_id, case_number, tax_code, enterprise_name,
                                                  province, workers_involved, started_on, lawful, violations,
                                                  demands, last_sequence)
                        VALUES (:rowId, 'WORK_STOPPAGE', :id, :number, :taxCode, :name, :province, :workers,
                                :startedOn, :lawful, :violations, :demands, :seq)
                        ON CONFLICT (row_id) DO NOTHING""")
                .param("rowId", "WORK_STOPPAGE:" + event.workStoppageId())
                .param("id", event.workStoppageId().value())
                .param("number", event.caseNumber().toString())
                .param("taxCode", event.employerTaxCode() == null ? null : event.employerTaxCode().value())
                .param("name", event.employerName())
                .param("province", event.province().name())
                .param("workers", event.workersInvolved())
                .param("startedOn", event.startedOn())
                .param("lawful", event.lawful())
                .param("violations", articles(event.violations()))
                .param("demands", event.demands() == null ? new String[0] : event.demands().toArray(String[]::new))
                .param("seq", sequence)
                .update();
    }

    @EventHandler
    public void on(WorkStoppageEndedEvent event, @SequenceNumber long sequence) {
        end("WORK_STOPPAGE:" + event.workStoppageId(), event.endedOn(), sequence);
    }

    @ResetHandler
    public void reset() {
        jdbc.sql("TRUNCATE stk_dispute, stk_register").update();
    }

    private void end(String rowId, LocalDate endedOn, long sequence) {
        jdbc.sql("SELECT started_on FROM stk_register WHERE row_id = :rowId AND last_sequence < :seq")
                .param("rowId", rowId)
                .param("seq", sequence)
                .query(LocalDate.class).optional()
                .ifPresent(startedOn -> jdbc.sql("""
                                UPDATE stk_register SET ended_on = :endedOn, duration_days = :days, last_sequence = :seq
                                 WHERE row_id = :rowId AND last_sequence < :seq""")
                        .param("rowId", rowId)
                        .param("endedOn", endedOn)
                        .param("days", StrikeDuration.days(startedOn, endedOn))
                        .param("seq", sequence)
                        .update());
    }

    private static String[] articles(List<StrikeViolation> violations) {
        return violations == null ? new String[0]
                : violations.stream().map(StrikeViolation::article).distinct().toArray(String[]::new);
    }
}
