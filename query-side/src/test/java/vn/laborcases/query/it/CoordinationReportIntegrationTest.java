package vn.laborcases.query.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laborcases.testsupport.Http;

/**
 * A settled dispute, an inspection with a finding, a complaint with a payment and a work
 * stoppage in Điện Biên (a province no other test uses), frozen into this year's provincial
 * report; then more events of the same province and period: the frozen report still recomputes
 * to exactly its figures, while a new freeze counts them at a higher position.
 * <p>
 * Reports read the event store itself, and a command's 2xx means its events are committed,
 * so nothing here waits for a projection to catch up.
 */
class CoordinationReportIntegrationTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = LocalDate.now(VIETNAM);
    private static final String PROVINCE = "DIEN_BIEN";
    private static final String FREEZE = "{\"year\":%d,\"half\":\"YEAR\",\"province\":\"%s\"}"
            .formatted(TODAY.getYear(), PROVINCE);
    private static Http commands;
    private static Http queries;

    @BeforeAll
    static void recordCases() {
        commands = SharedApps.commands();
        queries = SharedApps.queries();
        dispute();
        inspection(taxCode(), 25);
        complaint();
        stoppage(350);
    }

    @Test
    void aFrozenReportRecomputesToItsFiguresAfterMoreEvents() {
        var frozen = queries.post("/api/reports/coordination", FREEZE);
        assertThat(frozen.status()).as(frozen.raw().body()).isEqualTo(201);
        JsonNode report = frozen.json();
        String id = report.get("id").asText();
        assertThat(frozen.header("Location")).endsWith("/api/reports/coordination/" + id);
        assertThat(report.get("periodFrom").asText()).isEqualTo(TODAY.getYear() + "-01-01");
        assertThat(report.get("periodTo").asText()).isEqualTo(TODAY.getYear() + "-12-31");
        assertThat(report.get("periodComplete").asBoolean()).as("frozen before 31 Dec").isFalse();
        assertThat(report.get("position").asLong()).isPositive();
        JsonNode figures = report.get("figures");
        assertThat(figures.get("enterprisesInspected").asInt()).isEqualTo(1);
        assertThat(figures.get("workersAffected").asLong()).isEqualTo(25);
        assertThat(figures.get("arrearsRecovered").asLong()).isEqualTo(120_000_000L);
        assertThat(figures.get("finesCollected").asLong()).isZero();
        assertThat(figures.get("amountsRecovered").asLong()).isEqualTo(120_000_000L);
        assertThat(figures.get("disputesResolved").asInt()).isEqualTo(1);
        assertThat(figures.get("workStoppagesReported").asInt()).isEqualTo(1);
        assertThat(figures.get("workersInStoppages").asLong()).isEqualTo(350);

        // The same province and period gain a stoppage, an enterprise and a finding.
        stoppage(60);
        inspection(taxCode(), 4);

        JsonNode recomputation = ok(queries.get("/api/reports/coordination/" + id + "/recomputation"));
        assertThat(recomputation.get("matches").asBoolean()).isTrue();
        assertThat(recomputation.get("recomputed")).isEqualTo(figures);
        assertThat(ok(queries.get("/api/reports/coordination/" + id))).isEqualTo(report);

        var again = queries.post("/api/reports/coordination", FREEZE);
        assertThat(again.status()).as(again.raw().body()).isEqualTo(201);
        JsonNode later = again.json();
        assertThat(later.get("id").asText()).isNotEqualTo(id);
        assertThat(later.get("version").asInt()).isEqualTo(report.get("version").asInt() + 1);
        assertThat(later.get("position").asLong()).isGreaterThan(report.get("position").asLong());
        assertThat(later.get("figures").get("enterprisesInspected").asInt()).isEqualTo(2);
        assertThat(later.get("figures").get("workersAffected").asLong()).isEqualTo(29);
        assertThat(later.get("figures").get("workStoppagesReported").asInt()).isEqualTo(2);
        assertThat(later.get("figures").get("workersInStoppages").asLong()).isEqualTo(410);

        JsonNode versions = ok(queries.get("/api/reports/coordination?year=%d&half=YEAR&province=%s"
                .formatted(TODAY.getYear(), PROVINCE)));
        assertThat(versions.get("items")).extracting(v -> v.get("id").asText()).endsWith(id, later.get("id").asText());
        assertThat(ok(queries.get("/api/reports/coordination?province=NATIONAL&limit=200")).get("items")
                .findValuesAsText("id")).doesNotContain(id);

        var csv = queries.get("/api/reports/coordination/" + id + "?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw().body()).startsWith("id,year,half,province,version,periodFrom,periodTo,position")
                .contains(id + "," + TODAY.getYear() + ",YEAR," + PROVINCE + ",")
                .contains(",false,1,25,120000000,0,120000000,1,0,1,1,350\r\n");
    }

    @Test
    void aNationalReportIsFrozenToo() {
        var frozen = queries.post("/api/reports/coordination",
                "{\"year\":%d,\"half\":\"YEAR\",\"province\":null}".formatted(TODAY.getYear()));
        assertThat(frozen.status()).as(frozen.raw().body()).isEqualTo(201);
        assertThat(frozen.json().get("province").isNull()).isTrue();
        // The whole country includes at least this test's enterprise and stoppage.
        assertThat(frozen.json().get("figures").get("enterprisesInspected").asInt()).isPositive();
        assertThat(frozen.json().get("figures").get("workersInStoppages").asLong()).isGreaterThanOrEqualTo(350);
        String id = frozen.json().get("id").asText();
        assertThat(ok(queries.get("/api/reports/coordination/" + id + "/recomputation")).get("matches").asBoolean())
                .isTrue();
    }

    @Test
    void badInputIsRefusedAndUnknownReportsAreNotFound() {
        for (String body : List.of("{\"year\":2026,\"half\":\"Q3\"}", "{\"year\":1990,\"half\":\"H1\"}",
                "{\"half\":\"H1\"}", "{\"year\":2026}", "{\"year\":2026,\"half\":\"H1\",\"province\":\"SAIGON\"}",
                "{\"year\":2099,\"half\":\"H1\"}", "{\"year\":\"twenty\",\"half\":\"H1\"}", "not json")) {
            var response = queries.post("/api/reports/coordination", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.contentType()).as(body).startsWith("application/problem+json");
        }
        for (String path : List.of("/api/reports/coordination?half=Q1", "/api/reports/coordination?year=abc",
                "/api/reports/coordination?year=1800", "/api/reports/coordination?province=SAIGON",
                "/api/reports/coordination?limit=0", "/api/reports/coordination?format=xml",
                "/api/reports/coordination/not-a-uuid", "/api/reports/coordination/not-a-uuid/recomputation")) {
            var response = queries.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
        for (String path : List.of("/api/reports/coordination/00000000-0000-0000-0000-000000000001",
                "/api/reports/coordination/00000000-0000-0000-0000-000000000001/recomputation")) {
            var response = queries.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
    }

    /** A business date k days ago, kept inside this year so that every event falls in the report. */
    private static LocalDate daysAgo(int k) {
        LocalDate date = TODAY.minusDays(k);
        return date.getYear() == TODAY.getYear() ? date : LocalDate.of(TODAY.getYear(), 1, 1);
    }

    private static String taxCode() {
        return "11" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    private static void dispute() {
        var filed = commands.post("/api/disputes", """
                {"kind":"INDIVIDUAL","province":"%s","employerTaxCode":"%s","employerName":"Công ty Báo Cáo",
                 "requestedBy":"WORKER_SIDE","summary":"Overtime unpaid","workersInvolved":1,
                 "discoveredOn":"%s","receivedOn":"%s"}""".formatted(PROVINCE, taxCode(), daysAgo(8), daysAgo(6)));
        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        String path = "/api/disputes/" + filed.json().get("id").asText();
        ok(commands.post(path + "/mediator", "{\"assignedOn\":\"%s\",\"mediatorId\":\"m-report\"}"
                .formatted(daysAgo(5))));
        ok(commands.post(path + "/mediation/settlement", "{\"settledOn\":\"%s\",\"terms\":\"Overtime paid\"}"
                .formatted(daysAgo(3))));
    }

    private static void inspection(String taxCode, int workersAffected) {
        var started = commands.post("/api/inspections", """
                {"trigger":"PLANNED","scope":["LABOR_LAW"],
                 "enterprise":{"taxCode":"%s","name":"Công ty Báo Cáo","province":"%s",
                               "headcount":120,"ownership":"PRIVATE","sector":"1410"},
                 "openedOn":"%s","grounds":"Annual plan","reason":"Annual plan"}"""
                .formatted(taxCode, PROVINCE, daysAgo(10)));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        String path = "/api/inspections/" + started.json().get("id").asText() + "/";
        ok(commands.post(path + "decision", """
                {"decisionNumber":"7/QĐ-TTr","issuedOn":"%s","leadInspector":"inspector-report"}"""
                .formatted(daysAgo(9))));
        ok(commands.post(path + "announcement", "{\"announcedOn\":\"%s\"}".formatted(daysAgo(8))));
        ok(commands.post(path + "fieldwork/start", "{\"on\":\"%s\"}".formatted(daysAgo(7))));
        ok(commands.post(path + "findings", """
                {"category":"WAGES_LATE_OR_SHORT","legalBasis":"Labor Code 45/2019 Art 94","description":"Late",
                 "workersAffected":%d,"amountOwed":100000000,"foundOn":"%s"}"""
                .formatted(workersAffected, daysAgo(6))));
    }

    private static void complaint() {
        var registered = commands.post("/api/wage-complaints", """
                {"province":"%s","enterpriseTaxCode":"%s","enterpriseName":"Công ty Báo Cáo",
                 "region":"III","complainant":"UNION","workersAffected":12,"summary":"Wages unpaid",
                 "receivedOn":"%s","reason":"Complaint received","legalBasis":"Decree 24/2018/ND-CP"}"""
                .formatted(PROVINCE, taxCode(), daysAgo(10)));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        String path = "/api/wage-complaints/" + registered.json().get("id").asText();
        ok(commands.post(path + "/triage/complaint", "{\"triagedOn\":\"%s\"}".formatted(daysAgo(9))));
        ok(commands.post(path + "/acceptance", "{\"acceptedOn\":\"%s\"}".formatted(daysAgo(8))));
        ok(commands.post(path + "/claim-lines", """
                {"kind":"WAGES","periodFrom":"%s","periodTo":"%s","principal":200000000,
                 "dueOn":"%s","monthlyWagePerWorker":5000000}"""
                .formatted(month(daysAgo(60)), month(daysAgo(60)), daysAgo(30))));
        ok(commands.post(path + "/employer-notice", "{\"notifiedOn\":\"%s\",\"channel\":\"Letter\"}"
                .formatted(daysAgo(7))));
        ok(commands.post(path + "/determination", "{\"determinedOn\":\"%s\"}".formatted(daysAgo(5))));
        ok(commands.post(path + "/payments", "{\"paidOn\":\"%s\",\"amount\":120000000,\"reference\":\"UNC-R\"}"
                .formatted(daysAgo(2))));
    }

    private static String month(LocalDate date) {
        return date.toString().substring(0, 7);
    }

    private static void stoppage(int workers) {
        var reported = commands.post("/api/work-stoppages", """
                {"province":"%s","employerTaxCode":"%s","employerName":"Công ty Báo Cáo","workersInvolved":%d,
                 "demands":["Pay the bonus"],"startedOn":"%s"}""".formatted(PROVINCE, taxCode(), workers, daysAgo(1)));
        assertThat(reported.status()).as(reported.raw().body()).isEqualTo(201);
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.json();
    }
}
