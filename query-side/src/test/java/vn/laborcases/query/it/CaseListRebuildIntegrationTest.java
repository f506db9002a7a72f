package vn.laborcases.query.it;

import org.junit.jupiter.api.Test;
import vn.laborcases.query.caselist.CaseListProjection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Emptying the case list and replaying every event gives back exactly the same rows. */
class CaseListRebuildIntegrationTest {

    @Test
    void rebuildGivesTheSameRows() throws SQLException {
        var commands = SharedApps.commands();
        String taxCode = CaseListIntegrationTest.randomTaxCode();
        String dispute = CaseListCommands.fileDispute(commands, "HUE", taxCode,
                CaseListIntegrationTest.TODAY.minusDays(4));
        CaseListCommands.ok(commands.post("/api/disputes/" + dispute + "/closure",
                "{\"on\":\"%s\",\"reason\":\"Settled outside\"}".formatted(CaseListIntegrationTest.TODAY.minusDays(2))));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                SharedApps.queries().get("/api/cases/" + dispute).raw().body().contains("\"CLOSED\""));
        ProjectionRebuild.awaitCaughtUp(SharedApps.querySide(), CaseListProjection.PROCESSING_GROUP);

        List<Map<String, Object>> before = snapshot();
        assertThat(before).isNotEmpty();
        ProjectionRebuild.rebuild(SharedApps.querySide(), CaseListProjection.PROCESSING_GROUP);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(snapshot()).isEqualTo(before));
    }

    private static List<Map<String, Object>> snapshot() throws SQLException {
        try (Connection connection = SharedApps.DATABASE.connect();
             ResultSet rs = connection.createStatement().executeQuery("SELECT * FROM case_list ORDER BY case_id")) {
            List<Map<String, Object>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
