package vn.laborcases.query.enterprise;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.arrears.ComplaintClosedEvent;
import vn.laborcases.api.arrears.ComplaintRegisteredEvent;
import vn.laborcases.api.arrears.ComplaintReopenedEvent;
import vn.laborcases.api.dispute.DisputeClosedEvent;
import vn.laborcases.api.dispute.DisputeFiledEvent;
import vn.laborcases.api.dispute.DisputeFilingCorrectedEvent;
import vn.laborcases.api.dispute.DisputeReopenedEvent;
import vn.laborcases.api.dispute.DisputeStatus;
import vn.laborcases.api.dispute.DisputeWithdrawnEvent;
import vn.laborcases.api.dispute.WorkStoppageEndedEvent;
import vn.laborcases.api.dispute.WorkStoppageReportedEvent;
import vn.laborcases.api.inspection.FindingRecordedEvent;
import vn.laborcases.api.inspection.FinePaidEvent;
import vn.laborcases.api.inspection.InspectionClosedEvent;
import vn.laborcases.api.inspection.InspectionReopenedEvent;
import vn.laborcases.api.inspection.InspectionStartedEvent;
import vn.laborcases.api.inspection.RemediationOrderedEvent;
import vn.laborcases.api.inspection.RemediationOverdueEvent;
import vn.laborcases.api.inspection.RemediationStatus;
import vn.laborcases.api.inspection.RemediationVerifiedEvent;
import vn.laborcases.api.inspection.RemediationWaivedEvent;
import vn.laborcases.api.inspection.SanctionAmendedEvent;
import vn.laborcases.api.inspection.SanctionImposedEvent;

/**
 * Cases of every type per enterprise, and the inspections' findings, fines and remediations:
 * what the enterprise profile and the violating-enterprises list read.
 *
 * <p>A case is open until it is closed (or, for a dispute, withdrawn; for a work stoppage,
 * ended) and open again when reopened. Every update is guarded by the aggregate's sequence, so
 * a redelivered event changes nothing.
 */
@Component
@ProcessingGroup(EnterpriseProjection.GROUP)
public class EnterpriseProjection {

    public static final String GROUP = "enterprises";

    private final JdbcClient jdbc;

    public EnterpriseProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(DisputeFiledEvent event, @SequenceNumber long sequence) {
        openCase(event.disputeId().value(), CaseType.LABOR_DISPUTE, event.caseNumber(), event.employerTaxCode(),
                event.employerName(), event.province(), event.receivedOn(), false, sequence);
    }

    /** The profile names a dispute's employer as last corrected. */
    @EventHandler
    public void on(DisputeFilingCorrectedEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        UPDATE ent_case SET enterprise_name = :name, last_sequence = :sequence
                         WHERE case_id = :caseId AND last_sequence < :sequence""")
                .param("name", event.corrected().employerName())
                .param("caseId", event.disputeId().value())
                .param("sequence", sequence)
                .update();
    }

    @EventHandler
    public void on(DisputeWithdrawnEvent event, @SequenceNumber long sequence) {
        setOpen(event.disputeId().value(), false, sequence);
    }

    @EventHandler
    public void on(DisputeClosedEvent event, @SequenceNumber long sequence) {
        setOpen(event.disputeId().value(), false, sequence);
    }

    @EventHandler
    public void on(DisputeReopenedEvent event, @SequenceNumber long sequence) {
        setOpen(event.disputeId().value(), event.restoredStatus() != DisputeStatus.WITHDRAWN, sequence);
    }

    @EventHandler
    public void on(WorkStoppageReportedEvent event, @SequenceNumber long sequence) {
        openCase(event.workStoppageId().value(), CaseType.WORK_STOPPAGE, event.caseNumber(),
                event.employerTaxCode(), event.employerName(), event.province(), event.startedOn(), !event.lawful(),
                sequence);
    }

    @EventHandler
    public void on(WorkStoppageEndedEvent event, @SequenceNumber long sequence) {
        setOpen(event.workStoppageId().value(), false, sequence);
    }

    @EventHandler
    public void on(ComplaintRegisteredEvent event, @SequenceNumber long sequence) {
        openCase(event.complaintId().value(), CaseType.WAGE_ARREARS, event.caseNumber(), event.enterpriseTaxCode(),
                event.enterpriseName(), event.province(), event.receivedOn(), false, sequence);
    }

    @EventHandler
    public void on(ComplaintClosedEvent event, @SequenceNumber long sequence) {
        setOpen(event.complaintId().value(), false, sequence);
    }

    @EventHandler
    public void on(ComplaintReopenedEvent event, @SequenceNumber long sequence) {
        setOpen(event.complaintId().value(), true, sequence);
    }

    @EventHandler
    public void on(InspectionStartedEvent event, @SequenceNumber long sequence) {
        var enterprise = event.enterprise();
        openCase(event.inspectionId().value(), CaseType.INSPECTION, event.caseNumber(), enterprise.taxCode(),
                enterprise.name(), enterprise.province(), event.openedOn(), false, sequence);
    }

    @EventHandler
    public void on(InspectionClosedEvent event, @SequenceNumber long sequence) {
        setOpen(event.inspectionId().value(), false, sequence);
    }

    @EventHandler
    public void on(InspectionReopenedEvent event, @SequenceNumber long sequence) {
        setOpen(event.inspectionId().value(), true, sequence);
    }

    /** Name and province come from the inspection, recorded earlier in the same aggregate's stream. */
    @EventHandler
    public void on(FindingRecordedEvent event) {
        jdbc.sql("""
                        INSERT INTO ent_finding (finding_id, inspection_id, tax_code, enterprise_name, province,
                                                 category, found_on, repeat)
                        SELECT :findingId, c.case_id, :taxCode, c.enterprise_name, c.province, :category, :foundOn,
                               :repeat
                          FROM ent_case c WHERE c.case_id = :inspectionId
                        ON CONFLICT (finding_id) DO NOTHING""")
                .param("findingId", event.findingId())
                .param("inspectionId", event.inspectionId().value())
                .param("taxCode", event.taxCode().value())
                .param("category", event.category().name())
                .param("foundOn", event.foundOn())
                .param("repeat", event.repeatOf() != null)
                .update();
    }

    @EventHandler
    public void on(SanctionImposedEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO ent_sanction (sanction_id, inspection_id, finding_id, category, imposed_on,
                                                  initial_amount, current_amount, paid, last_sequence)
                        VALUES (:sanctionId, :inspectionId, :findingId, :category, :imposedOn, :amount, :amount, 0,
                                :sequence)
                        ON CONFLICT (sanction_id) DO NOTHING""")
                .param("sanctionId", event.sanctionId())
                .param("inspectionId", event.inspectionId().value())
                .param("findingId", event.findingId())
                .param("category", event.category().name())
                .param("imposedOn", event.imposedOn())
                .param("amount", event.amount())
                .param("sequence", sequence)
                .update();
    }

    @EventHandler
    public void on(SanctionAmendedEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        UPDATE ent_sanction SET current_amount = :amount, last_sequence = :sequence
                         WHERE sanction_id = :sanctionId AND last_sequence < :sequence""")
                .param("amount", event.currentAmount())
                .param("sanctionId", event.sanctionId())
                .param("sequence", sequence)
                .update();
    }

    /** The event carries the running total, so setting it (not adding) is idempotent by nature too. */
    @EventHandler
    public void on(FinePaidEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        UPDATE ent_sanction SET paid = :paid, last_sequence = :sequence
                         WHERE sanction_id = :sanctionId AND last_sequence < :sequence""")
                .param("paid", event.totalPaid())
                .param("sanctionId", event.sanctionId())
                .param("sequence", sequence)
                .update();
    }

    @EventHandler
    public void on(RemediationOrderedEvent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO ent_remediation (remediation_id, inspection_id, finding_id, status, due_on,
                                                     last_sequence)
                        VALUES (:remediationId, :inspectionId, :findingId, 'OPEN', :dueOn, :sequence)
                        ON CONFLICT (remediation_id) DO NOTHING""")
                .param("remediationId", event.remediationId())
                .param("inspectionId", event.inspectionId().value())
                .param("findingId", event.findingId())
                .param("dueOn", event.dueOn())
                .param("sequence", sequence)
                .update();
    }

    @EventHandler
    public void on(RemediationOverdueEvent event, @SequenceNumber long sequence) {
        remediation(event.remediationId(), RemediationStatus.OVERDUE, sequence);
    }

    @EventHandler
    public void on(RemediationVerifiedEvent event, @SequenceNumber long sequence) {
        remediation(event.remediationId(), RemediationStatus.VERIFIED, sequence);
    }

    @EventHandler
    public void on(RemediationWaivedEvent event, @SequenceNumber long sequence) {
        remediation(event.remediationId(), RemediationStatus.WAIVED, sequence);
    }

    @ResetHandler
    public void reset() {
        jdbc.sql("TRUNCATE ent_case, ent_finding, ent_sanction, ent_remediation").update();
    }

    /** A case without an enterprise tax code (none on file) cannot be placed on any profile. */
    private void openCase(UUID caseId, CaseType type, CaseNumber number, TaxCode taxCode, String name,
                          Province province, LocalDate openedOn, boolean unlawful, long sequence) {
        if (taxCode == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO ent_case (case_id, case_type, case_number, tax_code, enterprise_name, province,
                                              opened_on, open, unlawful, last_sequence)
                        VALUES (:caseId, :type, :number, :taxCode, :name, :province, :openedOn, true, :unlawful,
                                :sequence)
                        ON CONFLICT (case_id) DO NOTHING""")
                .param("caseId", caseId)
                .param("type", type.name())
                .param("number", number.toString())
                .param("taxCode", taxCode.value())
                .param("name", name == null ? "" : name)
                .param("province", province.name())
                .param("openedOn", openedOn)
                .param("unlawful", unlawful)
                .param("sequence", sequence)
                .update();
    }

    private void setOpen(UUID caseId, boolean open, long sequence) {
        jdbc.sql("""
                        UPDATE ent_case SET open = :open, last_sequence = :sequence
                         WHERE case_id = :caseId AND last_sequence < :sequence""")
                .param("open", open)
                .param("caseId", caseId)
                .param("sequence", sequence)
                .update();
    }

    private void remediation(UUID remediationId, RemediationStatus status, long sequence) {
        jdbc.sql("""
                        UPDATE ent_remediation SET status = :status, last_sequence = :sequence
                         WHERE remediation_id = :remediationId AND last_sequence < :sequence""")
                .param("status", status.name())
                .param("remediationId", remediationId)
                .param("sequence", sequence)
                .update();
    }
}
