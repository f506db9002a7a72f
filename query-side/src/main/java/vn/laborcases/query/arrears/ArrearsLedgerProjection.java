package vn.laborcases.query.arrears;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.arrears.ClaimLineAddedEvent;
import vn.laborcases.api.arrears.ClaimLineCorrectedEvent;
import vn.laborcases.api.arrears.ComplaintRegisteredEvent;
import vn.laborcases.api.arrears.DepositRateRecordedEvent;
import vn.laborcases.api.arrears.PaymentAllocation;
import vn.laborcases.api.arrears.PaymentRecordedEvent;

/**
 * The raw material of the arrears ledger: claim lines, each payment's allocation to them and
 * the payroll bank's deposit rates. Interest is not stored: it depends on the day asked about,
 * so the ledger computes it at query time with the rules' pure functions.
 *
 * <p>Shares the "enterprises" processing group with the enterprise profile: one token, one
 * pass over the store, and the profile's arrears totals read these tables. Every row is keyed by
 * what the event names (complaint, line, payment number, event id), so a redelivered event
 * inserts nothing.
 */
@Component
@ProcessingGroup("enterprises")
public class ArrearsLedgerProjection {

    private final JdbcClient jdbc;

    public ArrearsLedgerProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(ComplaintRegisteredEvent event) {
        jdbc.sql("""
                        INSERT INTO arr_complaint (complaint_id, case_number, tax_code, enterprise_name, province)
                        VALUES (:id, :number, :taxCode, :name, :province)
                        ON CONFLICT (complaint_id) DO NOTHING""")
                .param("id", event.complaintId().value())
                .param("number", event.caseNumber().toString())
                .param("taxCode", event.enterpriseTaxCode().value())
                .param("name", event.enterpriseName() == null ? "" : event.enterpriseName())
                .param("province", event.province().name())
                .update();
    }

    @EventHandler
    public void on(ClaimLineAddedEvent event) {
        jdbc.sql("""
                        INSERT INTO arr_claim_line (complaint_id, line_no, case_number, tax_code, enterprise_name,
                                                    province, kind, period_from, period_to, principal, due_on)
                        SELECT c.complaint_id, :lineNo, c.case_number, c.tax_code, c.enterprise_name, c.province,
                               :kind, :periodFrom, :periodTo, :principal, :dueOn
                          FROM arr_complaint c WHERE c.complaint_id = :id
                        ON CONFLICT (complaint_id, line_no) DO NOTHING""")
                .param("id", event.complaintId().value())
                .param("lineNo", event.lineNo())
                .param("kind", event.kind().name())
                .param("periodFrom", event.periodFrom().atDay(1))
                .param("periodTo", event.periodTo().atDay(1))
                .param("principal", event.principal())
                .param("dueOn", event.dueOn())
                .update();
    }

    /**
     * The line takes the corrected values; owed, outstanding, interest and the profile's totals
     * follow from them. The event carries the values, not a difference, so applying it twice
     * leaves the same row.
     */
    @EventHandler
    public void on(ClaimLineCorrectedEvent event) {
        jdbc.sql("""
                        UPDATE arr_claim_line SET period_from = :periodFrom, period_to = :periodTo, principal = :principal
                         WHERE complaint_id = :id AND line_no = :lineNo""")
                .param("id", event.complaintId().value())
                .param("lineNo", event.lineNo())
                .param("periodFrom", event.corrected().periodFrom().atDay(1))
                .param("periodTo", event.corrected().periodTo().atDay(1))
                .param("principal", event.corrected().principal())
                .update();
    }

    @EventHandler
    public void on(PaymentRecordedEvent event) {
        for (PaymentAllocation allocation : event.allocations()) {
            jdbc.sql("""
                            INSERT INTO arr_allocation (complaint_id, payment_no, line_no, paid_on, amount)
                            VALUES (:id, :paymentNo, :lineNo, :paidOn, :amount)
                            ON CONFLICT (complaint_id, payment_no, line_no) DO NOTHING""")
                    .param("id", event.complaintId().value())
                    .param("paymentNo", event.paymentNo())
                    .param("lineNo", allocation.lineNo())
                    .param("paidOn", event.paidOn())
                    .param("amount", allocation.amount())
                    .update();
        }
    }

    @EventHandler
    public void on(DepositRateRecordedEvent event, @MessageIdentifier String eventId) {
        jdbc.sql("""
                        INSERT INTO arr_deposit_rate (event_id, complaint_id, bank, annual_percent, effective_from)
                        VALUES (:eventId, :id, :bank, :percent, :from)
                        ON CONFLICT (event_id) DO NOTHING""")
                .param("eventId", eventId)
                .param("id", event.complaintId().value())
                .param("bank", event.rate().bank())
                .param("percent", event.rate().annualPercent())
                .param("from", event.rate().effectiveFrom())
                .update();
    }

    @ResetHandler
    public void reset() {
        jdbc.sql("TRUNCATE arr_complaint, arr_claim_line, arr_allocation, arr_deposit_rate").update();
    }
}
