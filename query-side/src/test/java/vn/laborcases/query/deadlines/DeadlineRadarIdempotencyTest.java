package vn.laborcases.query.deadlines;

import vn.laborcases.query.ProjectionDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.arrears.ComplaintAcceptedEvent;
import vn.laborcases.api.arrears.ComplaintId;
import vn.laborcases.api.arrears.ComplaintRegisteredEvent;
import vn.laborcases.api.arrears.FirstComplaintDecisionOverdueEvent;
import vn.laborcases.api.arrears.SecondComplaintWindowClosedEvent;
import vn.laborcases.api.dispute.ArbitrationPanelFormationLapsedEvent;
import vn.laborcases.api.dispute.ArbitrationRequestedEvent;
import vn.laborcases.api.dispute.DisputeClosedEvent;
import vn.laborcases.api.dispute.DisputeFiledEvent;
import vn.laborcases.api.dispute.DisputeId;
import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.api.dispute.DisputeParty;
import vn.laborcases.api.dispute.DisputeStatus;
import vn.laborcases.api.dispute.Forum;
import vn.laborcases.api.dispute.MediationFailedEvent;
import vn.laborcases.api.dispute.MediationFailureReason;
import vn.laborcases.api.dispute.MediatorAssignedEvent;
import vn.laborcases.api.inspection.Enterprise;
import vn.laborcases.api.inspection.InspectionAnnouncedEvent;
import vn.laborcases.api.inspection.InspectionExtendedEvent;
import vn.laborcases.api.inspection.InspectionId;
import vn.laborcases.api.inspection.InspectionStartedEvent;
import vn.laborcases.api.inspection.InspectionTrigger;
import vn.laborcases.api.inspection.Ownership;
import vn.laborcases.api.inspection.RemediationOrderedEvent;
import vn.laborcases.api.inspection.RemediationVerifiedEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.api.DeadlineKind.*;

/** Every radar handler, run twice on real PostgreSQL: the second delivery changes nothing. */
class DeadlineRadarIdempotencyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static JdbcClient jdbc;
    private static DisputeDeadlines disputes;
    private static ComplaintDeadlines complaints;
    private static InspectionDeadlines inspections;

    @BeforeAll
    static void migrate() {
        jdbc = ProjectionDatabase.migrated();
        RadarRows rows = new RadarRows(jdbc);
        disputes = new DisputeDeadlines(rows);
        complaints = new ComplaintDeadlines(rows);
        inspections = new InspectionDeadlines(rows);
    }

    @Test
    void disputeEventsTwiceLeaveTheRowsOfOnce() {
        DisputeId id = DisputeId.create();
        UUID caseId = id.value();
        List<Runnable> events = List.of(
                () -> disputes.on(new DisputeFiledEvent(id, new CaseNumber("LD-79-2026-900001"),
                        DisputeKind.INDIVIDUAL, Province.HO_CHI_MINH, new TaxCode("0312345678"), "Employer",
                        DisputeParty.WORKER_SIDE, "Overtime", 1, null, Forum.MEDIATION, DAY, DAY, List.of(), null,
                        List.of(deadline(MEDIATOR_ASSIGNMENT, 2), deadline(MEDIATION, 7)), "VN-2026.01"), 0),
                () -> disputes.on(new MediatorAssignedEvent(id, "mediator-1", DAY.plusDays(1), false), 1),
                () -> disputes.on(new MediationFailedEvent(id, DAY.plusDays(3), MediationFailureReason.NO_AGREEMENT,
                        "No agreement", deadline(MEDIATION_RECORDS_DELIVERY, 5), "VN-2026.01"), 2),
                () -> disputes.on(new ArbitrationRequestedEvent(id, DAY.plusDays(4), null,
                        deadline(ARBITRATION_PANEL_FORMATION, 11), "VN-2026.01"), 3),
                () -> disputes.on(new ArbitrationPanelFormationLapsedEvent(id, DAY.plusDays(11)), 4),
                () -> disputes.on(new DisputeClosedEvent(id, DAY.plusDays(20), "Done",
                        DisputeStatus.ARBITRATION_LAPSED), 5));
        assertIdempotent(caseId, events);
        assertThat(states(caseId)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "MEDIATOR_ASSIGNMENT", "MET", "MEDIATION", "MET", "MEDIATION_RECORDS_DELIVERY", "CANCELLED",
                "ARBITRATION_PANEL_FORMATION", "MISSED"));
    }

    @Test
    void complaintEventsTwiceLeaveTheRowsOfOnce() {
        ComplaintId id = new ComplaintId(UUID.randomUUID());
        UUID caseId = id.value();
        List<Runnable> events = List.of(
                () -> complaints.on(new ComplaintRegisteredEvent(id, new CaseNumber("WA-79-2026-900001"),
                        Province.HO_CHI_MINH, new TaxCode("0312345678"), "Employer", null, null, 3, "Wages",
                        DAY, List.of(deadline(COMPLAINT_ACCEPTANCE, 10)), "VN-2026.01"), 0),
                () -> complaints.on(new ComplaintAcceptedEvent(id, DAY.plusDays(2), false, false, false,
                        deadline(FIRST_COMPLAINT_DECISION, 30), "VN-2026.01"), 1),
                () -> complaints.on(new FirstComplaintDecisionOverdueEvent(id, DAY.plusDays(30),
                        deadline(SECOND_COMPLAINT_FILING, 60), "VN-2026.01"), 2),
                () -> complaints.on(new SecondComplaintWindowClosedEvent(id, DAY.plusDays(60)), 3));
        assertIdempotent(caseId, events);
        assertThat(states(caseId)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "COMPLAINT_ACCEPTANCE", "MET", "FIRST_COMPLAINT_DECISION", "MISSED",
                "SECOND_COMPLAINT_FILING", "EXPIRED"));
    }

    @Test
    void inspectionEventsTwiceLeaveTheRowsOfOnce() {
        InspectionId id = new InspectionId(UUID.randomUUID());
        UUID caseId = id.value();
        UUID remediation = UUID.randomUUID();
        List<Runnable> events = List.of(
                () -> inspections.on(new InspectionStartedEvent(id, new CaseNumber("IN-75-2026-900001"),
                        InspectionTrigger.PLANNED, null, List.of(), new Enterprise(new TaxCode("3600123456"),
                        "Enterprise", Province.DONG_NAI, 400, Ownership.FDI, "1520"), DAY, "Plan", "VN-2026.01"), 0),
                () -> inspections.on(new InspectionAnnouncedEvent(id, DAY, deadline(INSPECTION_DURATION, 40),
                        "VN-2026.01"), 2),
                () -> inspections.on(new InspectionExtendedEvent(id, 1, DAY.plusDays(30), 10, "More sites",
                        DAY.plusDays(40), deadline(INSPECTION_DURATION, 54), "VN-2026.01"), 3),
                () -> inspections.on(new RemediationOrderedEvent(id, remediation, UUID.randomUUID(), "Pay wages",
                        DAY.plusDays(5), DAY.plusDays(35)), 4),
                () -> inspections.on(new RemediationVerifiedEvent(id, remediation, DAY.plusDays(33), "Paid",
                        false), 5));
        assertIdempotent(caseId, events);
        assertThat(states(caseId)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "INSPECTION_DURATION", "OPEN", "REMEDIATION:" + remediation, "MET"));
        assertThat(jdbc.sql("SELECT due_on FROM radar_deadline WHERE case_id = :id AND kind = 'INSPECTION_DURATION'")
                .param("id", caseId).query(LocalDate.class).single()).isEqualTo(DAY.plusDays(54));
    }

    /** Each event once, snapshot; each event again (in order and as a whole replay), compare. */
    private static void assertIdempotent(UUID caseId, List<Runnable> events) {
        events.forEach(Runnable::run);
        List<String> once = snapshot(caseId);
        events.forEach(event -> {
            event.run();
            assertThat(snapshot(caseId)).isEqualTo(once);
        });
        assertThat(once).isNotEmpty();
    }

    private static List<String> snapshot(UUID caseId) {
        List<String> rows = new ArrayList<>(jdbc.sql("SELECT * FROM radar_case WHERE case_id = :id")
                .param("id", caseId).query().listOfRows().stream().map(Object::toString).toList());
        rows.addAll(jdbc.sql("SELECT * FROM radar_deadline WHERE case_id = :id ORDER BY deadline_key")
                .param("id", caseId).query().listOfRows().stream().map(Object::toString).toList());
        return rows;
    }

    private static Map<String, String> states(UUID caseId) {
        Map<String, String> states = new java.util.HashMap<>();
        Consumer<Map<String, Object>> put = row -> states.put((String) row.get("deadline_key"), (String) row.get("state"));
        jdbc.sql("SELECT deadline_key, state FROM radar_deadline WHERE case_id = :id").param("id", caseId)
                .query().listOfRows().forEach(put);
        return states;
    }

    private static LegalDeadline deadline(DeadlineKind kind, int days) {
        return new LegalDeadline(kind, DAY.plusDays(days), "Basis of " + kind);
    }
}
