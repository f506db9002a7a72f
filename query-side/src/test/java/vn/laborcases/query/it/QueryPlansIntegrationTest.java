package vn.laborcases.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.Province;
import vn.laborcases.testsupport.Http;
import vn.laborcases.testsupport.TestDatabase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every SQL query the supervisors' and auditors' API runs uses an index: on 120,000 seeded cases (and the
 * rows each projection keeps for them), each endpoint is called with each of its filters and
 * sorts, every SELECT it issues is EXPLAINed (PlanCapture), and no plan may read a large table
 * sequentially. One kind of query is exempt, by design: the total of a page with no filter at
 * all, {@code SELECT count(*) FROM <table>}, which must count every row whichever way it reads.
 * The metrics gauges' country-wide sums (query/metrics) are not the API's: they run on Spring's
 * scheduler every 30 s, whatever the traffic, and read every open row by design.
 * The main reads run again as a reader restricted to one province.
 */
class QueryPlansIntegrationTest {

    private static final long LARGE = 10_000;
    private static final java.util.regex.Pattern UNFILTERED_COUNT =
            java.util.regex.Pattern.compile("(?i)select count\\(\\*\\) from \\w+");
    private static TestDatabase database;
    private static QuerySideApp app;
    private static Http http;

    @BeforeAll
    static void seed() throws Exception {
        database = TestDatabase.create();
        try (Connection connection = database.connect()) {
            // The query side polls the command side's event table; here it stays empty.
            connection.createStatement().execute("""
                    CREATE TABLE domain_event_entry (global_index BIGSERIAL PRIMARY KEY,
                      aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, type VARCHAR(255),
                      event_identifier VARCHAR(255) NOT NULL UNIQUE, meta_data BYTEA, payload BYTEA NOT NULL,
                      payload_revision VARCHAR(255), payload_type VARCHAR(255) NOT NULL, time_stamp VARCHAR(255) NOT NULL)""");
        }
        app = QuerySideApp.start(database, TestReaders.USERS, PlanCapture.class);
        http = app.http();
        String provinces = Arrays.stream(Province.values()).map(p -> "'" + p.name() + "'")
                .collect(Collectors.joining(","));
        String seed = resource("/explain/seed.sql").replace(":provinces", provinces);
        try (Connection connection = database.connect()) {
            // VACUUM cannot run inside the multi-statement transaction of one execute().
            for (String statement : seed.split(";\\s*\n")) {
                if (!statement.isBlank()) {
                    connection.createStatement().execute(statement);
                }
            }
        }
        PlanCapture.PLANS.clear();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyQueryOfTheApiRunsOnAnIndex() throws Exception {
        for (String query : List.of(
                "/api/cases",
                "/api/cases?sort=caseNumber,asc", "/api/cases?sort=lastEventAt,desc",
                "/api/cases?province=HO_CHI_MINH", "/api/cases?province=HO_CHI_MINH&status=CLOSED",
                "/api/cases?type=INSPECTION", "/api/cases?status=IN_MEDIATION",
                "/api/cases?taxCode=1000012345", "/api/cases?assignee=officer-12",
                "/api/cases?openedFrom=2025-01-01&openedTo=2025-01-31",
                "/api/cases?province=DA_NANG&offset=150&limit=50",
                "/api/cases/" + "00000000-0000-0000-0000-000000000001",
                "/api/deadlines?asOf=2026-06-01", "/api/deadlines?asOf=2026-06-01&province=HA_NOI",
                "/api/deadlines?asOf=2026-06-01&caseType=LABOR_DISPUTE", "/api/deadlines?asOf=2026-06-01&kind=MEDIATION",
                "/api/deadlines?asOf=2026-06-01&missed=true", "/api/deadlines?asOf=2026-06-01&missed=true&province=HUE",
                "/api/deadlines?asOf=2026-06-01&assignee=officer-12",
                "/api/workload?asOf=2026-06-01&province=HO_CHI_MINH",
                "/api/enterprises/1000012345",
                "/api/violating-enterprises?from=2025-01-01&to=2025-06-30",
                "/api/violating-enterprises?from=2025-01-01&to=2025-06-30&province=HO_CHI_MINH",
                "/api/arrears?taxCode=1000012345&asOf=2026-06-01",
                "/api/arrears?province=HO_CHI_MINH&from=2025-01&to=2025-03&asOf=2026-06-01",
                "/api/dispute-outcomes?province=HO_CHI_MINH&from=2025-01-01&to=2025-06-30",
                "/api/dispute-outcomes?from=2025-01-01&to=2025-01-31&kind=INDIVIDUAL",
                "/api/strikes?province=HO_CHI_MINH&from=2025-01-01&to=2025-06-30",
                "/api/strikes?from=2025-01-01&to=2025-01-31&lawful=false",
                "/api/strikes/summary?province=HO_CHI_MINH&from=2025-01-01&to=2025-06-30",
                "/api/inspection-coverage?province=HO_CHI_MINH&from=2025-01-01&to=2025-06-30",
                "/audit/events", "/audit/events?order=asc", "/audit/events?after=200000",
                "/audit/events?order=asc&after=200000", "/audit/events?actor=officer-12",
                "/audit/events?actor=officer-12&after=300000", "/audit/events?role=SYSTEM",
                "/audit/events?action=SanctionAmended", "/audit/events?action=SanctionAmended,FinePaid&order=asc",
                "/audit/events?action=SanctionAmended&axis=business&from=2025-03-01&to=2025-03-31",
                "/audit/events?from=2024-03-01&to=2024-03-31", "/audit/events?axis=business&from=2025-03-01",
                "/audit/events?taxCode=1000012345", "/audit/events?province=HO_CHI_MINH&caseType=INSPECTION",
                "/audit/events?caseType=WAGE_ARREARS&role=INSPECTOR")) {
            var response = http.get(query);
            assertThat(response.status()).as(query + " " + response.raw().body()).isIn(200, 404);
        }
        // A provincial supervisor: the main reads, each narrowed by province = ANY(...). (With two
        // of the 34 seeded provinces, the workload's aggregate reads radar_case sequentially: it
        // visits a case of every page either way.)
        String[] restricted = TestReaders.readerOf(Province.HA_NOI);
        for (String query : List.of(
                "/api/cases", "/api/cases?sort=caseNumber,asc", "/api/cases?status=IN_MEDIATION",
                "/api/cases?taxCode=1000012345", "/api/cases?province=HA_NOI",
                "/api/cases/" + "00000000-0000-0000-0000-000000000001",
                "/api/deadlines?asOf=2026-06-01", "/api/deadlines?asOf=2026-06-01&missed=true",
                "/api/workload?asOf=2026-06-01",
                "/api/enterprises/1000012345",
                "/api/violating-enterprises?from=2025-01-01&to=2025-06-30",
                "/api/arrears?taxCode=1000012345&asOf=2026-06-01",
                "/api/dispute-outcomes?from=2025-01-01&to=2025-06-30",
                "/api/strikes?from=2025-01-01&to=2025-06-30", "/api/strikes/summary?from=2025-01-01&to=2025-06-30",
                "/api/inspection-coverage?from=2025-01-01&to=2025-06-30",
                "/audit/events", "/audit/events?actor=officer-12", "/audit/events?taxCode=1000012345")) {
            var response = http.get(query, restricted);
            assertThat(response.status()).as(query + " " + response.raw().body()).isIn(200, 404);
        }
        assertThat(PlanCapture.PLANS).anyMatch(plan -> plan.sql().contains("ANY("));

        Set<String> large = largeTables();
        List<String> seqScans = new ArrayList<>();
        for (PlanCapture.CapturedPlan plan : PlanCapture.PLANS) {
            if (UNFILTERED_COUNT.matcher(plan.sql().strip()).matches() || plan.thread().startsWith("scheduling-")) {
                continue;
            }
            sequentialScans(new ObjectMapper().readTree(plan.planJson()), large, seqScans, plan.sql());
        }
        assertThat(PlanCapture.PLANS).isNotEmpty();
        assertThat(seqScans).as("queries reading a large table sequentially").isEmpty();
    }

    private static void sequentialScans(JsonNode node, Set<String> large, List<String> found, String sql) {
        if (node.isArray()) {
            node.forEach(child -> sequentialScans(child, large, found, sql));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if ("Seq Scan".equals(node.path("Node Type").asText()) && large.contains(node.path("Relation Name").asText())) {
            found.add(node.path("Relation Name").asText() + " in: " + sql.replaceAll("\\s+", " "));
        }
        node.forEach(child -> sequentialScans(child, large, found, sql));
    }

    private static Set<String> largeTables() throws Exception {
        Set<String> tables = new HashSet<>();
        try (Connection connection = database.connect();
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT relname FROM pg_class WHERE relkind = 'r' AND reltuples > " + LARGE)) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).contains("case_list", "radar_deadline", "audit_trail");
        return tables;
    }

    private static String resource(String path) throws IOException {
        try (var in = QueryPlansIntegrationTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
