package vn.laborcases.query.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laborcases.testsupport.Http;

/**
 * Disputes, a strike, a work stoppage and two inspections in Lai Châu, received or opened on
 * days no other test uses there, read back from the dispute outcomes, the strike register and
 * inspection coverage. Every query filters on that province and those days, since other tests
 * share the apps and the database. Dates are recent so that no statutory deadline lapses
 * while the test runs.
 */
class StatisticsIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final LocalDate RECEIVED = TODAY.minusDays(3);
    private static final String PROVINCE = "LAI_CHAU";
    private static final String DAY = "province=" + PROVINCE + "&from=" + RECEIVED + "&to=" + RECEIVED;
    private static final String STRIKE_DAYS = "province=" + PROVINCE + "&from=" + TODAY.minusDays(2)
            + "&to=" + TODAY.minusDays(2);
    private static Http commands;
    private static Http queries;

    @BeforeAll
    static void recordCases() {
        commands = SharedApps.commands();
        queries = SharedApps.queries();
        disputes();
        inspections();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var outcomes = queries.get("/api/dispute-outcomes?" + DAY);
            var strikes = queries.get("/api/strikes/summary?" + STRIKE_DAYS);
            var coverage = queries.get("/api/inspection-coverage?" + DAY);
            return outcomes.status() == 200 && outcomes.json().get("totals").get("resolved").asLong() == 2
                    && outcomes.json().get("totals").get("filed").asLong() == 4
                    && strikes.status() == 200 && strikes.json().get("ongoing").asLong() == 1
                    && strikes.json().get("count").asLong() == 2
                    && coverage.status() == 200
                    && coverage.json().get("totals").get("finesCollected").asLong() == 40_000_000L;
        });
    }

    @Test
    void disputeOutcomesCountRatesAndDays() {
        JsonNode totals = ok(queries.get("/api/dispute-outcomes?" + DAY)).get("totals");
        assertThat(totals.get("filed").asLong()).isEqualTo(4);
        assertThat(totals.get("mediationsConcluded").asLong()).isEqualTo(3);
        assertThat(totals.get("settled").asLong()).isEqualTo(1);
        assertThat(totals.get("failed").asLong()).isEqualTo(2);
        assertThat(totals.get("mediationSuccessRate").asDouble()).isEqualTo(0.3333);
        // Settled after 2 days, arbitration complied with after 3.
        assertThat(totals.get("medianDaysToResolution").asDouble()).isEqualTo(2.5);
        assertThat(totals.get("meanDaysToResolution").asDouble()).isEqualTo(2.5);
        assertThat(totals.get("escalated").asLong()).isEqualTo(1);
        assertThat(totals.get("shareEscalated").asDouble()).isEqualTo(0.25);
        assertThat(totals.get("timeBarOverridden").asLong()).isEqualTo(1);
        assertThat(totals.get("shareTimeBarred").asDouble()).isEqualTo(0.25);

        JsonNode interests = ok(queries.get("/api/dispute-outcomes?kind=COLLECTIVE_INTERESTS&" + DAY));
        assertThat(interests.get("totals").get("filed").asLong()).isEqualTo(1);
        assertThat(interests.get("totals").get("mediationSuccessRate").asDouble()).isEqualTo(0.0);
        assertThat(interests.get("totals").get("medianDaysToResolution").isNull()).isTrue();

        JsonNode grouped = ok(queries.get("/api/dispute-outcomes?groupBy=province&" + DAY));
        assertThat(grouped.get("byProvince")).hasSize(1);
        assertThat(grouped.get("byProvince").get(0).get("province").asText()).isEqualTo(PROVINCE);
        assertThat(grouped.get("byProvince").get(0).get("filed").asLong()).isEqualTo(4);

        var csv = queries.get("/api/dispute-outcomes?format=csv&groupBy=province&" + DAY);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw().body()).startsWith("province,filed,mediationsConcluded,settled")
                .contains("LAI_CHAU,4,3,1,2,0,0.3333,2,2.5,2.5,1,0.25,1,0.25");
    }

    @Test
    void theStrikeRegisterListsStrikesAndStoppages() {
        JsonNode page = ok(queries.get("/api/strikes?sort=startedOn&" + STRIKE_DAYS));
        assertThat(page.get("total").asLong()).isEqualTo(2);
        JsonNode strike = byKind(page.get("items"), "STRIKE");
        assertThat(strike.get("caseNumber").asText()).startsWith("LD-12-");
        assertThat(strike.get("enterpriseName").asText()).isEqualTo("Công ty Thống kê Lai Châu");
        assertThat(strike.get("workersInvolved").asInt()).isEqualTo(800);
        assertThat(strike.get("durationDays").asInt()).isEqualTo(2);
        assertThat(strike.get("lawful").asBoolean()).isFalse();
        assertThat(strike.get("violations")).isNotEmpty();
        assertThat(strike.get("ownership").isNull()).isTrue();
        JsonNode stoppage = byKind(page.get("items"), "WORK_STOPPAGE");
        assertThat(stoppage.get("caseNumber").asText()).startsWith("WS-12-");
        assertThat(stoppage.get("endedOn").isNull()).isTrue();
        assertThat(stoppage.get("durationDays").isNull()).isTrue();
        assertThat(stoppage.get("demands")).extracting(JsonNode::asText).containsExactly("Pay the bonus", "Shorter shifts");

        JsonNode second = ok(queries.get("/api/strikes?limit=1&offset=1&" + STRIKE_DAYS));
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("nextOffset").isNull()).isTrue();
        assertThat(ok(queries.get("/api/strikes?lawful=true&" + STRIKE_DAYS)).get("total").asLong()).isZero();

        JsonNode summary = ok(queries.get("/api/strikes/summary?" + STRIKE_DAYS));
        assertThat(summary.get("strikes").asLong()).isEqualTo(1);
        assertThat(summary.get("workStoppages").asLong()).isEqualTo(1);
        assertThat(summary.get("workersInvolved").asLong()).isEqualTo(1150);
        assertThat(summary.get("meanDurationDays").asDouble()).isEqualTo(2.0);
        assertThat(summary.get("shareUnlawful").asDouble()).isEqualTo(1.0);

        var csv = queries.get("/api/strikes?format=csv&sort=startedOn&" + STRIKE_DAYS);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw().body()).startsWith("kind,caseNumber,taxCode").contains("Pay the bonus; Shorter shifts");
    }

    @Test
    void inspectionCoverageBySizeAndSector() {
        JsonNode report = ok(queries.get("/api/inspection-coverage?" + DAY));
        JsonNode totals = report.get("totals");
        assertThat(totals.get("inspections").asLong()).isEqualTo(2);
        assertThat(totals.get("withViolations").asLong()).isEqualTo(1);
        assertThat(totals.get("shareWithViolations").asDouble()).isEqualTo(0.5);
        assertThat(totals.get("finesImposed").asLong()).isEqualTo(95_000_000L);
        assertThat(report.get("bySize")).extracting(g -> g.get("label").asText() + " " + g.get("inspections").asLong()
                        + " " + g.get("withViolations").asLong())
                .containsExactly("1-10 1 0", "11-50 0 0", "51-200 0 0", "201+ 1 1", "unknown 0 0");
        assertThat(report.get("bySector")).extracting(g -> g.get("sector").asText() + " " + g.get("finesCollected")
                .asLong()).containsExactly("1410 40000000", "5610 0");

        var csv = queries.get("/api/inspection-coverage?format=csv&" + DAY);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw().body()).contains("TOTAL,,2,1,0.5,95000000,40000000", "SIZE,201+,1,1,1.0,95000000,40000000",
                "SECTOR,5610,1,0,0.0,0,0", "SIZE,unknown,0,0,,0,0");
    }

    @Test
    void badFiltersAreRefused() {
        for (String path : List.of("/api/dispute-outcomes?from=2026-02-30", "/api/dispute-outcomes?kind=GROUP",
                "/api/dispute-outcomes?groupBy=kind", "/api/dispute-outcomes?from=2026-03-02&to=2026-03-01",
                "/api/dispute-outcomes?province=SAIGON", "/api/dispute-outcomes?format=xml",
                "/api/strikes?lawful=maybe", "/api/strikes?ownership=FDI", "/api/strikes/summary?sector=1410",
                "/api/strikes?sort=workers", "/api/strikes?limit=500", "/api/strikes?offset=-1",
                "/api/inspection-coverage?to=yesterday", "/api/inspection-coverage?province=x")) {
            var response = queries.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void aRebuildReproducesTheRows() throws SQLException {
        ProjectionRebuild.awaitCaughtUp(SharedApps.querySide(), "statistics");
        List<List<String>> before = rows();
        assertThat(before).hasSizeGreaterThanOrEqualTo(9);
        ProjectionRebuild.rebuild(SharedApps.querySide(), "statistics");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows()).isEqualTo(before));
    }

    private static List<List<String>> rows() throws SQLException {
        return ProjectionRebuild.rows(
                "SELECT * FROM out_dispute WHERE province = 'LAI_CHAU' ORDER BY dispute_id",
                "SELECT * FROM stk_dispute WHERE province = 'LAI_CHAU' ORDER BY dispute_id",
                "SELECT * FROM stk_register WHERE province = 'LAI_CHAU' ORDER BY row_id",
                "SELECT * FROM cov_inspection WHERE province = 'LAI_CHAU' ORDER BY inspection_id",
                "SELECT f.* FROM cov_finding f JOIN cov_inspection i USING (inspection_id)"
                        + " WHERE i.province = 'LAI_CHAU' ORDER BY f.finding_id",
                "SELECT s.* FROM cov_sanction s JOIN cov_inspection i USING (inspection_id)"
                        + " WHERE i.province = 'LAI_CHAU' ORDER BY s.sanction_id");
    }

    private static void disputes() {
        // Settled after two days.
        String settled = file("INDIVIDUAL", RECEIVED, "");
        ok(commands.post(settled + "/mediator", dated("assignedOn", RECEIVED, "\"mediatorId\":\"m-12-01\"")));
        ok(commands.post(settled + "/mediation/settlement", dated("settledOn", RECEIVED.plusDays(2),
                "\"terms\":\"Overtime paid\"")));
        // Failed, then arbitration, complied with three days after receipt.
        String arbitrated = file("INDIVIDUAL", RECEIVED, "");
        ok(commands.post(arbitrated + "/mediator", dated("assignedOn", RECEIVED, "\"mediatorId\":\"m-12-01\"")));
        ok(commands.post(arbitrated + "/mediation/failure", dated("failedOn", RECEIVED, "\"grounds\":\"No deal\"")));
        ok(commands.post(arbitrated + "/arbitration", dated("requestedOn", RECEIVED.plusDays(1),
                "\"workerSideConsents\":true,\"employerSideConsents\":true")));
        ok(commands.post(arbitrated + "/arbitration/panel", dated("formedOn", RECEIVED.plusDays(1),
                "\"arbitrators\":[\"A\",\"B\",\"C\"]")));
        ok(commands.post(arbitrated + "/arbitration/decision", dated("decidedOn", RECEIVED.plusDays(2),
                "\"decision\":\"Pay\"")));
        ok(commands.post(arbitrated + "/arbitration/compliance", dated("recordedOn", RECEIVED.plusDays(3),
                "\"complied\":true,\"note\":\"Paid\"")));
        // Interests: mediation failed, then a strike without notice for two days.
        String strike = file("COLLECTIVE_INTERESTS", RECEIVED, "");
        ok(commands.post(strike + "/mediator", dated("assignedOn", RECEIVED, "\"mediatorId\":\"m-12-01\"")));
        ok(commands.post(strike + "/mediation/failure", dated("failedOn", RECEIVED, "\"grounds\":\"No raise\"")));
        ok(commands.post(strike + "/strike/start", dated("startedOn", TODAY.minusDays(2), "\"workersInvolved\":800")));
        ok(commands.post(strike + "/strike/end", dated("endedOn", TODAY.minusDays(1), "")));
        // Filed two years after the facts, accepted on evidence.
        file("INDIVIDUAL", RECEIVED.minusYears(2), """
                ,"timeBarOverride":{"reason":"Hospitalised","evidence":[{"title":"Hospital record","sha256":"%s"}]}"""
                .formatted("cd".repeat(32)));
        var stoppage = commands.post("/api/work-stoppages", """
                {"province":"LAI_CHAU","employerTaxCode":"6200123456","employerName":"Công ty Thống kê Lai Châu",
                 "workersInvolved":350,"demands":["Pay the bonus","Shorter shifts"],"startedOn":"%s"}"""
                .formatted(TODAY.minusDays(2)));
        assertThat(stoppage.status()).as(stoppage.raw().body()).isEqualTo(201);
    }

    private static String file(String kind, LocalDate discoveredOn, String extra) {
        var filed = commands.post("/api/disputes", """
                {"kind":"%s","province":"LAI_CHAU","employerTaxCode":"6200123456",
                 "employerName":"Công ty Thống kê Lai Châu","requestedBy":"WORKER_SIDE","summary":"Wages",
                 "workersInvolved":800,"discoveredOn":"%s","receivedOn":"%s"%s}"""
                .formatted(kind, discoveredOn, RECEIVED, extra));
        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        return "/api/disputes/" + filed.json().get("id").asText();
    }

    private static void inspections() {
        String small = """
                {"trigger":"PLANNED","scope":["LABOR_LAW"],
                 "enterprise":{"taxCode":"6200123457","name":"Hộ kinh doanh Lai Châu","province":"LAI_CHAU",
                               "headcount":8,"ownership":"PRIVATE","sector":"5610"},
                 "openedOn":"%s","grounds":"Annual plan","reason":"Annual plan"}""".formatted(RECEIVED);
        assertThat(commands.post("/api/inspections", small).status()).isEqualTo(201);
        var started = commands.post("/api/inspections", """
                {"trigger":"PLANNED","scope":["LABOR_LAW"],
                 "enterprise":{"taxCode":"6200123456","name":"Công ty Thống kê Lai Châu","province":"LAI_CHAU",
                               "headcount":500,"ownership":"FDI","sector":"1410"},
                 "openedOn":"%s","grounds":"Annual plan","reason":"Annual plan"}""".formatted(RECEIVED));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        String path = "/api/inspections/" + started.json().get("id").asText() + "/";
        String on = RECEIVED.toString();
        ok(commands.post(path + "decision", """
                {"decisionNumber":"12/QĐ-TTr","issuedOn":"%s","leadInspector":"inspector-12-001"}""".formatted(on)));
        ok(commands.post(path + "announcement", "{\"announcedOn\":\"%s\"}".formatted(on)));
        ok(commands.post(path + "fieldwork/start", "{\"on\":\"%s\"}".formatted(on)));
        String findingId = ok(commands.post(path + "findings", """
                {"category":"WAGES_LATE_OR_SHORT","legalBasis":"Labor Code 45/2019 Art 94","description":"Late",
                 "workersAffected":420,"amountOwed":2500000000,"foundOn":"%s"}""".formatted(on)))
                .get("findings").get(0).get("findingId").asText();
        ok(commands.post(path + "fieldwork/end", "{\"on\":\"%s\"}".formatted(on)));
        ok(commands.post(path + "report", "{\"on\":\"%s\",\"summary\":\"Late\"}".formatted(on)));
        ok(commands.post(path + "draft-conclusion", "{\"on\":\"%s\",\"summary\":\"D\"}".formatted(on)));
        ok(commands.post(path + "appraisal", """
                {"appraisedOn":"%s","appraiser":"legal","opinion":"Agreed"}""".formatted(on)));
        ok(commands.post(path + "conclusion", """
                {"conclusionNumber":"12/KL","concludedOn":"%s","summary":"Late"}""".formatted(on)));
        String sanctionId = ok(commands.post(path + "sanctions", """
                {"findingId":"%s","offender":"ORGANISATION","amount":95000000,"decisionNumber":"12/QĐ-XPHC",
                 "imposedOn":"%s"}""".formatted(findingId, on)))
                .get("sanctions").get(0).get("sanctionId").asText();
        ok(commands.post(path + "sanctions/" + sanctionId + "/payments",
                "{\"amount\":40000000,\"paidOn\":\"%s\"}".formatted(TODAY)));
    }

    private static String dated(String field, LocalDate date, String extra) {
        return "{\"%s\":\"%s\"%s}".formatted(field, date, extra.isEmpty() ? "" : "," + extra);
    }

    private static JsonNode byKind(JsonNode items, String kind) {
        for (JsonNode item : items) {
            if (item.get("kind").asText().equals(kind)) {
                return item;
            }
        }
        throw new AssertionError("No " + kind + " in " + items);
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.json();
    }
}
