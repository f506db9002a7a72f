package vn.laborcases.query.outcomes;

import vn.laborcases.query.ProjectionDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.dispute.ArbitrationComplianceRecordedEvent;
import vn.laborcases.api.dispute.ArbitrationRequestedEvent;
import vn.laborcases.api.dispute.CourtJudgmentRecordedEvent;
import vn.laborcases.api.dispute.DisputeFiledEvent;
import vn.laborcases.api.dispute.DisputeId;
import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.api.dispute.DisputeReferredToCourtEvent;
import vn.laborcases.api.dispute.Forum;
import vn.laborcases.api.dispute.MediationFailedEvent;
import vn.laborcases.api.dispute.MediationLapsedEvent;
import vn.laborcases.api.dispute.MediationSettledEvent;
import vn.laborcases.api.dispute.StrikeCourtRulingRecordedEvent;
import vn.laborcases.api.dispute.StrikeEndedEvent;
import vn.laborcases.api.dispute.StrikeStartedEvent;
import vn.laborcases.api.dispute.StrikeViolation;
import vn.laborcases.api.dispute.TimeBarCheck;
import vn.laborcases.api.dispute.TimeBarOverride;
import vn.laborcases.api.dispute.WorkStoppageEndedEvent;
import vn.laborcases.api.dispute.WorkStoppageId;
import vn.laborcases.api.dispute.WorkStoppageReportedEvent;
import vn.laborcases.api.inspection.Enterprise;
import vn.laborcases.api.inspection.FindingRecordedEvent;
import vn.laborcases.api.inspection.FinePaidEvent;
import vn.laborcases.api.inspection.InspectionId;
import vn.laborcases.api.inspection.InspectionStartedEvent;
import vn.laborcases.api.inspection.Offender;
import vn.laborcases.api.inspection.SanctionAmendedEvent;
import vn.laborcases.api.inspection.SanctionChange;
import vn.laborcases.api.inspection.SanctionImposedEvent;
import vn.laborcases.api.inspection.ViolationCategory;
import vn.laborcases.query.coverage.InspectionCoverageProjection;
import vn.laborcases.query.strikes.StrikeRegisterProjection;

/** Every handler of the "statistics" group, run twice with the same event, leaves the same rows. */
class StatisticsIdempotencyTest {

    private static final TaxCode TAX = TaxCode.of("0109999002");
    private static final String RULES = "VN-2026.01";
    private static JdbcClient jdbc;
    private static DisputeOutcomesProjection outcomes;
    private static StrikeRegisterProjection strikes;
    private static InspectionCoverageProjection coverage;

    @BeforeAll
    static void migrate() {
        jdbc = ProjectionDatabase.migrated();
        outcomes = new DisputeOutcomesProjection(jdbc);
        strikes = new StrikeRegisterProjection(jdbc);
        coverage = new InspectionCoverageProjection(jdbc);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        var on = LocalDate.of(2026, 3, 2);
        var escalated = new DisputeId(UUID.randomUUID());
        var settled = new DisputeId(UUID.randomUUID());
        var lapsed = new DisputeId(UUID.randomUUID());
        var stoppage = new WorkStoppageId(UUID.randomUUID());
        var inspection = new InspectionId(UUID.randomUUID());
        var finding = UUID.randomUUID();
        var sanction = UUID.randomUUID();
        var overridden = new TimeBarCheck(Forum.MEDIATION, on.minusYears(2), on, on.minusMonths(6), 0, true,
                new TimeBarOverride("Hospitalised", List.of()), "Art 190");
        var unlawful = List.of(new StrikeViolation("Art 202(3)", "no notice"));
        List<Runnable> events = List.of(
                () -> outcomes.on(filed(escalated, "000001", overridden), 0),
                () -> strikes.on(filed(escalated, "000001", overridden)),
                () -> outcomes.on(new MediationFailedEvent(escalated, on.plusDays(3), null, "g", null, RULES), 2),
                () -> outcomes.on(new ArbitrationRequestedEvent(escalated, on.plusDays(4), null, null, RULES), 3),
                () -> strikes.on(new StrikeStartedEvent(escalated, on.plusDays(5), 800, false, unlawful, RULES), 4),
                () -> strikes.on(new StrikeCourtRulingRecordedEvent(escalated, on.plusDays(6), true, "c", "r"), 5),
                () -> strikes.on(new StrikeEndedEvent(escalated, on.plusDays(7)), 6),
                () -> outcomes.on(new ArbitrationComplianceRecordedEvent(escalated, on.plusDays(20), false, "n"), 7),
                () -> outcomes.on(new DisputeReferredToCourtEvent(escalated, on.plusDays(21), "c", null, RULES), 8),
                () -> outcomes.on(new CourtJudgmentRecordedEvent(escalated, on.plusDays(60), "j"), 9),
                () -> outcomes.on(filed(settled, "000002", null), 0),
                () -> outcomes.on(new MediationSettledEvent(settled, on.plusDays(4), "t", null, RULES), 2),
                () -> outcomes.on(filed(lapsed, "000003", null), 0),
                () -> outcomes.on(new MediationLapsedEvent(lapsed, on.plusDays(10)), 1),
                () -> strikes.on(new WorkStoppageReportedEvent(stoppage, new CaseNumber("WS-01-2026-000001"),
                        Province.HA_NOI, TAX, "Công ty A", 50, List.of("pay", "bonus"), on, null, false, unlawful,
                        RULES), 0),
                () -> strikes.on(new WorkStoppageEndedEvent(stoppage, on.plusDays(1), "agreed"), 1),
                () -> coverage.on(new InspectionStartedEvent(inspection, new CaseNumber("IN-01-2026-000001"),
                        null, null, List.of(), new Enterprise(TAX, "Công ty A", Province.HA_NOI, 100, null, "1520"),
                        on, "plan", RULES)),
                () -> coverage.on(new FindingRecordedEvent(inspection, finding, TAX, ViolationCategory.OSH, "b",
                        "d", 5, 0, on, false, null, 12, RULES)),
                () -> coverage.on(new SanctionImposedEvent(inspection, sanction, finding, ViolationCategory.OSH,
                        Offender.ORGANISATION, 90_000_000L, null, "1/QĐ", on, RULES), 5),
                () -> coverage.on(new SanctionAmendedEvent(inspection, sanction, SanctionChange.AMENDMENT,
                        90_000_000L, 90_000_000L, 80_000_000L, null, on, "r"), 6),
                () -> coverage.on(new FinePaidEvent(inspection, sanction, 30_000_000L, on, 30_000_000L,
                        50_000_000L), 7));

        for (Runnable event : events) {
            event.run();
            var once = snapshot();
            event.run();
            assertThat(snapshot()).isEqualTo(once);
        }
        assertThat(row("out_dispute", "dispute_id", escalated.value()))
                .contains("\"escalated\": true", "\"resolved_on\": \"2026-05-01\"", "\"time_bar_overridden\": true",
                        "\"mediation_outcome\": \"FAILED\"");
        assertThat(row("out_dispute", "dispute_id", settled.value()))
                .contains("\"resolved_on\": \"2026-03-06\"", "\"mediation_outcome\": \"SETTLED\"");
        assertThat(row("stk_register", "case_id", escalated.value()))
                .contains("\"lawful\": true", "\"court_ruled\": true", "\"ended_on\": \"2026-03-09\"",
                        "\"duration_days\": 3",
                        "\"violations\": [\"Art 202(3)\"]", "\"case_number\": \"LD-01-2026-000001\"");
        assertThat(row("stk_register", "case_id", stoppage.value()))
                .contains("\"demands\": [\"pay\", \"bonus\"]", "\"duration_days\": 2");
        assertThat(row("cov_sanction", "sanction_id", sanction))
                .contains("\"current_amount\": 80000000", "\"paid\": 30000000");
        assertThat(row("cov_inspection", "inspection_id", inspection.value()))
                .contains("\"size_band\": \"MEDIUM_51_200\"");
    }

    private static DisputeFiledEvent filed(DisputeId id, String number, TimeBarCheck timeBar) {
        var on = LocalDate.of(2026, 3, 2);
        return new DisputeFiledEvent(id, new CaseNumber("LD-01-2026-" + number), DisputeKind.COLLECTIVE_INTERESTS,
                Province.HA_NOI, TAX, "Công ty A", null, "s", 800, null, Forum.MEDIATION, on, on, List.of(), timeBar,
                List.of(), RULES);
    }

    private static String row(String table, String key, UUID id) {
        return jdbc.sql("SELECT to_jsonb(t)::text FROM " + table + " t WHERE " + key + " = :id").param("id", id)
                .query(String.class).single();
    }

    private static List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("out_dispute t ORDER BY dispute_id", "stk_dispute t ORDER BY dispute_id",
                "stk_register t ORDER BY row_id", "cov_inspection t ORDER BY inspection_id",
                "cov_finding t ORDER BY finding_id", "cov_sanction t ORDER BY sanction_id")) {
            rows.addAll(jdbc.sql("SELECT to_jsonb(t)::text FROM " + table).query(String.class).list());
        }
        return rows;
    }
}
