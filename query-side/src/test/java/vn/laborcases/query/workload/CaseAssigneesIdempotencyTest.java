package vn.laborcases.query.workload;

import vn.laborcases.query.ProjectionDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.laborcases.api.dispute.DisputeId;
import vn.laborcases.api.dispute.MediatorAssignedEvent;
import vn.laborcases.api.inspection.InspectionDecisionIssuedEvent;
import vn.laborcases.api.inspection.InspectionId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The assignee handlers, run twice on real PostgreSQL: the second delivery changes nothing. */
class CaseAssigneesIdempotencyTest {

    @Test
    void assignmentsTwiceLeaveTheRowsOfOnce() {
        JdbcClient jdbc = ProjectionDatabase.migrated();
        CaseAssignees assignees = new CaseAssignees(jdbc);
        DisputeId dispute = DisputeId.create();
        InspectionId inspection = new InspectionId(UUID.randomUUID());
        LocalDate day = LocalDate.of(2026, 3, 2);

        assignees.on(new MediatorAssignedEvent(dispute, "mediator-1", day, false), 1);
        assignees.on(new InspectionDecisionIssuedEvent(inspection, "57/QĐ-TTr", day, "inspector-75-011"), 1);
        List<String> once = rows(jdbc);
        assignees.on(new MediatorAssignedEvent(dispute, "mediator-1", day, false), 1);
        assignees.on(new InspectionDecisionIssuedEvent(inspection, "57/QĐ-TTr", day, "inspector-75-011"), 1);

        assertThat(rows(jdbc)).isEqualTo(once).hasSize(2);
    }

    private static List<String> rows(JdbcClient jdbc) {
        return jdbc.sql("SELECT * FROM workload_assignee ORDER BY case_id").query().listOfRows().stream()
                .map(Object::toString).toList();
    }
}
