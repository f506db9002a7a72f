package vn.laborcases.query.enterprise;

import vn.laborcases.query.ProjectionDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.arrears.ClaimKind;
import vn.laborcases.api.arrears.ClaimLineAddedEvent;
import vn.laborcases.api.arrears.ComplaintClosedEvent;
import vn.laborcases.api.arrears.ComplaintId;
import vn.laborcases.api.arrears.ComplaintRegisteredEvent;
import vn.laborcases.api.arrears.DepositRate;
import vn.laborcases.api.arrears.DepositRateRecordedEvent;
import vn.laborcases.api.arrears.PaymentAllocation;
import vn.laborcases.api.arrears.PaymentRecordedEvent;
import vn.laborcases.api.dispute.DisputeFiledEvent;
import vn.laborcases.api.dispute.DisputeId;
import vn.laborcases.api.dispute.WorkStoppageId;
import vn.laborcases.api.dispute.WorkStoppageReportedEvent;
import vn.laborcases.api.inspection.Enterprise;
import vn.laborcases.api.inspection.FindingRecordedEvent;
import vn.laborcases.api.inspection.FinePaidEvent;
import vn.laborcases.api.inspection.InspectionId;
import vn.laborcases.api.inspection.InspectionStartedEvent;
import vn.laborcases.api.inspection.Offender;
import vn.laborcases.api.inspection.PriorFinding;
import vn.laborcases.api.inspection.RemediationOrderedEvent;
import vn.laborcases.api.inspection.RemediationOverdueEvent;
import vn.laborcases.api.inspection.SanctionAmendedEvent;
import vn.laborcases.api.inspection.SanctionChange;
import vn.laborcases.api.inspection.SanctionImposedEvent;
import vn.laborcases.api.inspection.ViolationCategory;
import vn.laborcases.query.arrears.ArrearsLedgerProjection;

/** Every handler of the "enterprises" group, run twice with the same event, leaves the same rows. */
class EnterpriseProjectionIdempotencyTest {

    private static final TaxCode TAX = TaxCode.of("0109999001");
    private static JdbcClient jdbc;
    private static EnterpriseProjection enterprises;
    private static ArrearsLedgerProjection ledger;

    @BeforeAll
    static void migrate() {
        jdbc = ProjectionDatabase.migrated();
        enterprises = new EnterpriseProjection(jdbc);
        ledger = new ArrearsLedgerProjection(jdbc);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        var inspection = new InspectionId(UUID.randomUUID());
        var finding = UUID.randomUUID();
        var sanction = UUID.randomUUID();
        var remediation = UUID.randomUUID();
        var complaint = new ComplaintId(UUID.randomUUID());
        var on = LocalDate.of(2026, 3, 2);
        var dispute = new DisputeId(UUID.randomUUID());
        var stoppage = new WorkStoppageId(UUID.randomUUID());
        var prior = new PriorFinding(new InspectionId(UUID.randomUUID()), UUID.randomUUID(), on.minusMonths(3));
        List<Runnable> events = List.of(
                () -> enterprises.on(new DisputeFiledEvent(dispute,
                        new CaseNumber("LD-01-2026-000001"), null, Province.HA_NOI, TAX, "Công ty A", null, "s",
                        10, null, null, on, on, List.of(), null, List.of(), "VN-2026.01"), 0),
                () -> enterprises.on(new WorkStoppageReportedEvent(stoppage,
                        new CaseNumber("WS-01-2026-000001"), Province.HA_NOI, TAX, "Công ty A", 50, List.of("pay"),
                        on, null, false, List.of(), "VN-2026.01"), 0),
                () -> enterprises.on(new InspectionStartedEvent(inspection, new CaseNumber("IN-01-2026-000001"),
                        null, null, List.of(), new Enterprise(TAX, "Công ty A", Province.HA_NOI, 100, null, null), on,
                        "plan", "VN-2026.01"), 0),
                () -> enterprises.on(new FindingRecordedEvent(inspection, finding, TAX, ViolationCategory.OSH, "b",
                        "d", 5, 0, on, true, prior, 12, "VN-2026.01")),
                () -> enterprises.on(new SanctionImposedEvent(inspection, sanction, finding, ViolationCategory.OSH,
                        Offender.ORGANISATION, 90_000_000L, null, "1/QĐ", on, "VN-2026.01"), 5),
                () -> enterprises.on(new SanctionAmendedEvent(inspection, sanction, SanctionChange.AMENDMENT,
                        90_000_000L, 90_000_000L, 80_000_000L, null, on, "r"), 6),
                () -> enterprises.on(new FinePaidEvent(inspection, sanction, 30_000_000L, on, 30_000_000L,
                        50_000_000L), 7),
                () -> enterprises.on(new RemediationOrderedEvent(inspection, remediation, finding, "fix", on,
                        on.plusDays(30)), 8),
                () -> enterprises.on(new RemediationOverdueEvent(inspection, remediation, on.plusDays(30)), 9),
                () -> enterprises.on(new ComplaintRegisteredEvent(complaint, new CaseNumber("WA-01-2026-000001"),
                        Province.HA_NOI, TAX, "Công ty A", null, null, 40, "s", on, List.of(), "VN-2026.01"), 0),
                () -> ledger.on(new ComplaintRegisteredEvent(complaint, new CaseNumber("WA-01-2026-000001"),
                        Province.HA_NOI, TAX, "Công ty A", null, null, 40, "s", on, List.of(), "VN-2026.01")),
                () -> ledger.on(new ClaimLineAddedEvent(complaint, 1, ClaimKind.WAGES, YearMonth.of(2026, 1),
                        YearMonth.of(2026, 1), 200_000_000L, LocalDate.of(2026, 2, 5), null, null, null)),
                () -> ledger.on(new DepositRateRecordedEvent(complaint, new DepositRate("VCB", new BigDecimal("1.6"),
                        LocalDate.of(2026, 1, 1))), "event-rate-1"),
                () -> ledger.on(new PaymentRecordedEvent(complaint, 1, on, 50_000_000L, "ref",
                        List.of(new PaymentAllocation(1, 50_000_000L)), 150_000_000L)),
                () -> enterprises.on(new ComplaintClosedEvent(complaint, on, "done", null), 5));

        for (Runnable event : events) {
            event.run();
            var once = snapshot();
            event.run();
            assertThat(snapshot()).isEqualTo(once);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM ent_case WHERE tax_code = :t AND open").param("t", TAX.value())
                .query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT current_amount FROM ent_sanction WHERE sanction_id = :s").param("s", sanction)
                .query(Long.class).single()).isEqualTo(80_000_000L);
    }

    private static List<Map<String, Object>> snapshot() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String table : List.of("ent_case ORDER BY case_id", "ent_finding ORDER BY finding_id",
                "ent_sanction ORDER BY sanction_id", "ent_remediation ORDER BY remediation_id",
                "arr_complaint ORDER BY complaint_id", "arr_claim_line ORDER BY complaint_id, line_no",
                "arr_allocation ORDER BY complaint_id, payment_no, line_no", "arr_deposit_rate ORDER BY event_id")) {
            rows.addAll(jdbc.sql("SELECT * FROM " + table).query().listOfRows());
        }
        return rows;
    }
}
