package vn.laborcases.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.laborcases.testsupport.Http;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Disputes and an inspection sent to the real command side show up on the radar and in the
 * workload; every assertion is narrowed to this test's own assignees.
 */
class DeadlineRadarIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private final Http commands = SharedApps.commands();
    private final Http queries = SharedApps.queries();

    @Test
    void openDeadlinesByAssigneeSortedPagedAndMissedAsOfALaterDay() {
        String mediator = "mediator-radar-" + UUID.randomUUID();
        String first = fileDispute("CA_MAU", TODAY);
        String second = fileDispute("CA_MAU", TODAY);
        assign(first, mediator);
        assign(second, mediator);

        String path = "/api/deadlines?withinWorkingDays=60&assignee=" + mediator;
        await().atMost(Duration.ofSeconds(30)).until(() -> queries.get(path).json().get("total").asLong() == 2);
        JsonNode page = queries.get(path).json();
        List<JsonNode> items = list(page.get("items"));
        assertThat(items).extracting(d -> d.get("kind").asText()).containsOnly("MEDIATION");
        assertThat(items).extracting(d -> d.get("state").asText()).containsOnly("OPEN");
        assertThat(items).extracting(d -> d.get("caseType").asText()).containsOnly("LABOR_DISPUTE");
        assertThat(items).extracting(d -> d.get("province").asText()).containsOnly("CA_MAU");
        assertThat(items).extracting(d -> d.get("caseId").asText()).containsExactlyInAnyOrder(first, second);
        assertThat(items).extracting(d -> d.get("dueOn").asText()).isSorted();

        JsonNode firstPage = queries.get(path + "&limit=1").json();
        JsonNode secondPage = queries.get(path + "&limit=1&offset=1").json();
        assertThat(firstPage.get("nextOffset").asInt()).isEqualTo(1);
        assertThat(secondPage.get("nextOffset").isNull()).isTrue();
        assertThat(List.of(firstPage.get("items").get(0).get("caseNumber").asText(),
                secondPage.get("items").get(0).get("caseNumber").asText()))
                .isEqualTo(items.stream().map(d -> d.get("caseNumber").asText()).toList());

        // The filing's mediator-assignment deadline was met on assignment: off the "due soon" list.
        assertThat(queries.get(path + "&kind=MEDIATOR_ASSIGNMENT").json().get("total").asLong()).isZero();
        assertThat(queries.get(path + "&province=HA_NOI").json().get("total").asLong()).isZero();
        assertThat(queries.get(path + "&caseType=INSPECTION").json().get("total").asLong()).isZero();

        // On the day after the last one, both mediations are missed though no lapse is recorded yet.
        String dayAfter = LocalDate.parse(items.get(1).get("dueOn").asText()).plusDays(1).toString();
        JsonNode missed = queries.get("/api/deadlines?missed=true&asOf=" + dayAfter + "&assignee=" + mediator).json();
        assertThat(missed.get("total").asLong()).isEqualTo(2);
        assertThat(queries.get(path + "&asOf=" + dayAfter).json().get("total").asLong()).isZero();

        var csv = queries.get(path + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.raw().body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("caseId,caseType,caseNumber,province,kind,dueOn");
    }

    @Test
    void workloadCountsCasesAndDeadlinesPerAssigneeMostDeadlinesFirst() {
        String busy = "inspector-radar-" + UUID.randomUUID();
        String quiet = "mediator-radar-" + UUID.randomUUID();
        String inspection = startInspection(busy);
        commands.post("/api/inspections/" + inspection + "/announcement", "{\"announcedOn\":\"%s\"}".formatted(TODAY));
        String dispute = fileDispute("DONG_NAI", TODAY);
        assign(dispute, quiet);
        commands.post("/api/disputes/" + dispute + "/withdrawal",
                "{\"on\":\"%s\",\"reason\":\"The worker withdrew\"}".formatted(TODAY));

        await().atMost(Duration.ofSeconds(30)).until(() -> find(workload("DONG_NAI"), busy) != null
                && find(workload("DONG_NAI"), quiet) != null
                && find(workload("DONG_NAI"), quiet).get("openCases").asLong() == 0);
        JsonNode rows = workload("DONG_NAI");
        JsonNode inspector = find(rows, busy);
        assertThat(inspector.get("openCases").asLong()).isEqualTo(1);
        assertThat(inspector.get("openDeadlines").asLong()).isEqualTo(1);
        assertThat(inspector.get("missedDeadlines").asLong()).isZero();
        JsonNode withdrawn = find(rows, quiet);
        assertThat(withdrawn.get("openDeadlines").asLong()).isZero();
        List<Long> openDeadlines = list(rows).stream().map(r -> r.get("openDeadlines").asLong()).toList();
        assertThat(openDeadlines).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(find(workload("CA_MAU"), busy)).isNull();

        JsonNode cancelled = queries.get("/api/deadlines?missed=true&asOf=2099-01-01&assignee=" + quiet).json();
        assertThat(cancelled.get("total").asLong()).as("a withdrawn case's deadlines are cancelled, never missed")
                .isZero();
        JsonNode duration = queries.get("/api/deadlines?withinWorkingDays=60&kind=INSPECTION_DURATION&assignee=" + busy)
                .json();
        assertThat(duration.get("total").asLong()).isEqualTo(1);
        assertThat(duration.get("items").get(0).get("caseType").asText()).isEqualTo("INSPECTION");
    }

    @Test
    void badFiltersAreRefusedAsProblemJson() {
        for (String query : List.of("withinWorkingDays=61", "withinWorkingDays=-1", "withinWorkingDays=ten",
                "asOf=2026-13-01", "province=SAIGON", "caseType=STRIKE", "kind=LUNCH", "sort=province",
                "limit=500", "offset=-1", "format=xml", "missed=true&withinWorkingDays=5")) {
            var response = queries.get("/api/deadlines?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
        }
        assertThat(queries.get("/api/deadlines?province=SAIGON").json().get("detail").asText())
                .contains("province must be one of").contains("HO_CHI_MINH");
        assertThat(queries.get("/api/workload?province=SAIGON").status()).isEqualTo(400);
        assertThat(queries.get("/api/workload?asOf=tomorrow").status()).isEqualTo(400);
    }

    @Test
    void aRebuildGivesTheSameRows() throws SQLException {
        String mediator = "mediator-radar-" + UUID.randomUUID();
        assign(fileDispute("HUE", TODAY), mediator);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                queries.get("/api/deadlines?withinWorkingDays=60&assignee=" + mediator).json().get("total").asLong() == 1);
        ProjectionRebuild.awaitCaughtUp(SharedApps.querySide(), "deadline-radar");
        List<String> before = snapshot();

        ProjectionRebuild.rebuild(SharedApps.querySide(), "deadline-radar");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(snapshot()).isEqualTo(before));
    }

    private String fileDispute(String province, LocalDate received) {
        var filed = commands.post("/api/disputes", """
                {"kind":"INDIVIDUAL","province":"%s","employerTaxCode":"0312345678",
                 "employerName":"Công ty TNHH Radar","requestedBy":"WORKER_SIDE",
                 "summary":"Overtime unpaid","workersInvolved":1,
                 "discoveredOn":"%s","receivedOn":"%s"}""".formatted(province, received.minusMonths(1), received));
        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        return filed.json().get("id").asText();
    }

    private void assign(String dispute, String mediator) {
        var assigned = commands.post("/api/disputes/" + dispute + "/mediator",
                "{\"assignedOn\":\"%s\",\"mediatorId\":\"%s\"}".formatted(TODAY, mediator));
        assertThat(assigned.status()).as(assigned.raw().body()).isEqualTo(200);
    }

    private String startInspection(String leadInspector) {
        var started = commands.post("/api/inspections", """
                {"trigger":"PLANNED","scope":["LABOR_LAW"],
                 "enterprise":{"taxCode":"3600123456","name":"Công ty Radar","province":"DONG_NAI",
                               "headcount":120,"ownership":"FDI","sector":"1520"},
                 "openedOn":"%s","grounds":"Annual plan","reason":"Annual plan"}""".formatted(TODAY));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        String id = started.json().get("id").asText();
        var decision = commands.post("/api/inspections/" + id + "/decision", """
                {"decisionNumber":"99/QĐ-TTr","issuedOn":"%s","leadInspector":"%s"}""".formatted(TODAY, leadInspector));
        assertThat(decision.status()).as(decision.raw().body()).isEqualTo(200);
        return id;
    }

    private JsonNode workload(String province) {
        return queries.get("/api/workload?limit=200&province=" + province).json().get("items");
    }

    private static JsonNode find(JsonNode rows, String assignee) {
        return list(rows).stream().filter(r -> r.get("assignee").asText().equals(assignee)).findFirst().orElse(null);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static List<String> snapshot() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = SharedApps.DATABASE.connect()) {
            for (String sql : List.of("SELECT * FROM radar_case ORDER BY case_id",
                    "SELECT * FROM radar_deadline ORDER BY case_id, deadline_key",
                    "SELECT * FROM workload_assignee ORDER BY case_id")) {
                try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }
}
