package vn.laborcases.query.caselist;

import vn.laborcases.query.ProjectionDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.arrears.*;
import vn.laborcases.api.dispute.*;
import vn.laborcases.api.inspection.*;
import vn.laborcases.query.replay.ProjectionWrites;
import vn.laborcases.query.security.AllProvinces;

import javax.sql.DataSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every handler against real PostgreSQL: applied once, then again with the same event, the
 * rows are identical; replaying the whole history changes nothing either. Also checks the
 * statuses the events lead to, closing and reopening included.
 */
class CaseListProjectionIdempotencyTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private static JdbcClient jdbc;
    private static CaseListProjection projection;

    @BeforeAll
    static void migrate() {
        DataSource database = ProjectionDatabase.migratedDataSource();
        jdbc = JdbcClient.create(database);
        var broadcaster = new CaseListBroadcaster(new CaseListQueries(jdbc, new AllProvinces())::byIds, 10, 60_000);
        var writes = new ProjectionWrites(new NamedParameterJdbcTemplate(database));
        projection = new CaseListProjection(new CaseListRows(jdbc, writes, broadcaster));
    }

    /** One event of a case's history: the handler call, given its sequence and record time. */
    private record Step(String name, Consumer<CaseListProjection> apply) {
    }

    @Test
    void disputeHistoryAppliedTwiceLeavesIdenticalRows() {
        DisputeId id = DisputeId.create();
        List<Step> history = new ArrayList<>();
        history.add(step("filed", p -> p.on(new DisputeFiledEvent(id, new CaseNumber("LD-79-2026-900001"),
                DisputeKind.INDIVIDUAL, Province.HO_CHI_MINH, TaxCode.of("0312345678"), "Công ty TNHH May Sài Gòn",
                DisputeParty.WORKER_SIDE, "Overtime unpaid", 1, null, Forum.MEDIATION, LocalDate.of(2026, 2, 20),
                LocalDate.of(2026, 3, 2), List.of(), null, List.of(), "VN-2026.01"), 0, T0)));
        history.add(step("mediator", p -> p.on(new MediatorAssignedEvent(id, "mediator-hcm-07",
                LocalDate.of(2026, 3, 3), false), 1, T0.plusSeconds(60))));
        history.add(touch("absence (catch-all)", id.value(), 2, new PartyAbsenceRecordedEvent(id,
                DisputeParty.EMPLOYER_SIDE, LocalDate.of(2026, 3, 4), 1)));
        history.add(step("failed", p -> p.on(new MediationFailedEvent(id, LocalDate.of(2026, 3, 5),
                null, "No agreement", null, "VN-2026.01"), 3, T0.plusSeconds(180))));
        history.add(step("closed", p -> p.on(new DisputeClosedEvent(id, LocalDate.of(2026, 3, 9), "Parties agreed",
                DisputeStatus.MEDIATION_FAILED), 4, T0.plusSeconds(240))));

        Map<String, Object> closed = applyEachTwice(history, id.value());
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("assignee", "mediator-hcm-07")
                .containsEntry("last_sequence", 4L);
        assertThat(closed.get("closed_on")).hasToString("2026-03-09");

        history.add(step("reopened", p -> p.on(new DisputeReopenedEvent(id, LocalDate.of(2026, 3, 10), "Appeal",
                DisputeStatus.MEDIATION_FAILED), 5, T0.plusSeconds(300))));
        Map<String, Object> reopened = applyEachTwice(history.subList(5, 6), id.value());
        assertThat(reopened).containsEntry("status", "MEDIATION_FAILED").containsEntry("closed_on", null);

        replayWholeHistoryChangesNothing(history, id.value());
    }

    @Test
    void workStoppageComplaintAndInspectionHistoriesAppliedTwiceLeaveIdenticalRows() {
        WorkStoppageId stoppage = WorkStoppageId.create();
        List<Step> stoppageHistory = List.of(
                step("reported", p -> p.on(new WorkStoppageReportedEvent(stoppage, new CaseNumber("WS-24-2026-900001"),
                        Province.BAC_NINH, TaxCode.of("2300123456"), "Electronics Co", 350, List.of("Tết bonus"),
                        LocalDate.of(2026, 2, 10), null, false, List.of(), "VN-2026.01"), 0, T0)),
                step("ended", p -> p.on(new WorkStoppageEndedEvent(stoppage, LocalDate.of(2026, 2, 12), "Bonus paid"),
                        1, T0.plusSeconds(60))));
        assertThat(applyEachTwice(stoppageHistory, stoppage.value())).containsEntry("status", "ENDED")
                .containsEntry("case_type", "WORK_STOPPAGE").containsEntry("opened_on", java.sql.Date.valueOf("2026-02-10"));

        ComplaintId complaint = ComplaintId.create();
        List<Step> complaintHistory = List.of(
                step("registered", p -> p.on(new ComplaintRegisteredEvent(complaint, new CaseNumber("WA-79-2026-900001"),
                        Province.HO_CHI_MINH, TaxCode.of("0314567890-001"), "Công ty TNHH May Thành Công", WageRegion.I,
                        Complainant.UNION, 40, "Wages below the minimum", LocalDate.of(2026, 3, 2), List.of(),
                        "VN-2026.01"), 0, T0)),
                step("triaged", p -> p.on(new ComplaintTreatedAsComplaintEvent(complaint, LocalDate.of(2026, 3, 3)),
                        1, T0.plusSeconds(60))),
                touch("notified (catch-all)", complaint.value(), 2, new EmployerNotifiedEvent(complaint,
                        LocalDate.of(2026, 3, 4), "Registered letter")),
                step("closed", p -> p.on(new ComplaintClosedEvent(complaint, LocalDate.of(2026, 3, 6), "Withdrawn",
                        ComplaintStatus.AWAITING_ACCEPTANCE), 3, T0.plusSeconds(180))),
                step("reopened", p -> p.on(new ComplaintReopenedEvent(complaint, LocalDate.of(2026, 3, 7), "Error",
                        ComplaintStatus.AWAITING_ACCEPTANCE), 4, T0.plusSeconds(240))));
        assertThat(applyEachTwice(complaintHistory, complaint.value())).containsEntry("status", "AWAITING_ACCEPTANCE")
                .containsEntry("enterprise_tax_code", "0314567890-001").containsEntry("closed_on", null)
                .containsEntry("assignee", null);

        InspectionId inspection = InspectionId.create();
        List<Step> inspectionHistory = List.of(
                step("started", p -> p.on(new InspectionStartedEvent(inspection, new CaseNumber("IN-75-2026-900001"),
                        InspectionTrigger.PLANNED, null, List.of(InspectionScope.LABOR_LAW),
                        new Enterprise(TaxCode.of("3600123456"), "Giày Tân Phú", Province.DONG_NAI, 420, null, "1520"),
                        LocalDate.of(2026, 1, 5), "Annual plan", "VN-2026.01"), 0, T0)),
                step("decision", p -> p.on(new InspectionDecisionIssuedEvent(inspection, "57/QĐ-TTr",
                        LocalDate.of(2026, 1, 6), "inspector-75-011"), 1, T0.plusSeconds(60))),
                step("fieldwork", p -> p.on(new FieldworkStartedEvent(inspection, LocalDate.of(2026, 1, 8)), 2,
                        T0.plusSeconds(120))),
                step("closed", p -> p.on(new InspectionClosedEvent(inspection, LocalDate.of(2026, 1, 9), "Error",
                        InspectionStatus.IN_FIELDWORK), 3, T0.plusSeconds(180))),
                step("reopened", p -> p.on(new InspectionReopenedEvent(inspection, LocalDate.of(2026, 1, 10), "Error",
                        InspectionStatus.IN_FIELDWORK), 4, T0.plusSeconds(240))));
        assertThat(applyEachTwice(inspectionHistory, inspection.value())).containsEntry("status", "IN_FIELDWORK")
                .containsEntry("assignee", "inspector-75-011").containsEntry("province", "DONG_NAI")
                .containsEntry("last_sequence", 4L);

        replayWholeHistoryChangesNothing(stoppageHistory, stoppage.value());
        replayWholeHistoryChangesNothing(complaintHistory, complaint.value());
        replayWholeHistoryChangesNothing(inspectionHistory, inspection.value());
    }

    @Test
    void anEventOfNoKnownCaseWritesNothing() {
        UUID unknown = UUID.randomUUID();
        touch("orphan", unknown, 3, "not a case event").apply.accept(projection);
        assertThat(jdbc.sql("SELECT count(*) FROM case_list WHERE case_id = :id").param("id", unknown)
                .query(Long.class).single()).isZero();
    }

    private static Map<String, Object> applyEachTwice(List<Step> steps, UUID caseId) {
        Map<String, Object> row = null;
        for (Step step : steps) {
            step.apply.accept(projection);
            row = row(caseId);
            step.apply.accept(projection);
            assertThat(row(caseId)).as("after %s delivered twice", step.name).isEqualTo(row);
        }
        return row;
    }

    private static void replayWholeHistoryChangesNothing(List<Step> history, UUID caseId) {
        Map<String, Object> before = row(caseId);
        history.forEach(step -> step.apply.accept(projection));
        assertThat(row(caseId)).isEqualTo(before);
    }

    private static Step step(String name, Consumer<CaseListProjection> apply) {
        return new Step(name, apply);
    }

    /** An event only the catch-all handler takes, delivered as Axon delivers it. */
    private static Step touch(String name, UUID caseId, long sequence, Object payload) {
        var message = new GenericDomainEventMessage<>("Case", caseId.toString(), sequence, payload,
                org.axonframework.messaging.MetaData.emptyInstance(), UUID.randomUUID().toString(),
                T0.plusSeconds(60 * sequence));
        return new Step(name, p -> p.on(payload, message));
    }

    private static Map<String, Object> row(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_list WHERE case_id = :id").param("id", caseId).query().singleRow();
    }
}
