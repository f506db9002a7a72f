package vn.laborcases.query.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.laborcases.testsupport.Http;

/**
 * Corrections reach the read models: a claim line's principal in the arrears ledger and the
 * enterprise profile, a dispute's employer name in the case list and the profile, a finding's
 * workers in the coordination report. Each case has its own random tax code, and the report's
 * province (Cao Bằng) is used by no other test.
 */
class CorrectionsIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private final Http commands = SharedApps.commands();
    private final Http queries = SharedApps.queries();

    private static String taxCode() {
        return "04" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    @Test
    void theLedgerAndTheProfileOweTheCorrectedPrincipal() {
        String tax = taxCode();
        var registered = ok(commands.post("/api/wage-complaints", """
                {"province":"CAO_BANG","enterpriseTaxCode":"%s","enterpriseName":"Công ty Chè Cao Bằng",
                 "region":"III","complainant":"UNION","workersAffected":40,"summary":"January wages unpaid",
                 "receivedOn":"2026-03-02"}""".formatted(tax)), 201);
        String path = "/api/wage-complaints/" + registered.get("id").asText();
        ok(commands.post(path + "/claim-lines", """
                {"kind":"WAGES","periodFrom":"2026-01","periodTo":"2026-01","principal":200000000,
                 "dueOn":"2026-02-05","monthlyWagePerWorker":6000000}"""), 200);
        ok(commands.post(path + "/claim-lines/1/corrections", """
                {"principal":250000000,"periodTo":"2026-02","reason":"February was unpaid too"}"""), 200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode items = ok(queries.get("/api/arrears?taxCode=" + tax + "&asOf=2026-03-02"), 200).get("items");
            assertThat(items).hasSize(1);
            JsonNode line = items.get(0);
            assertThat(line.get("owed").asLong()).isEqualTo(250_000_000L);
            assertThat(line.get("outstanding").asLong()).isEqualTo(250_000_000L);
            assertThat(line.get("periodTo").asText()).isEqualTo("2026-02");
        });
        JsonNode arrears = ok(queries.get("/api/enterprises/" + tax), 200).get("arrears");
        assertThat(arrears.get("owed").asLong()).isEqualTo(250_000_000L);
        assertThat(arrears.get("outstanding").asLong()).isEqualTo(250_000_000L);
    }

    @Test
    void theCaseListAndTheProfileNameTheEmployerAsCorrected() {
        String tax = taxCode();
        var filed = ok(commands.post("/api/disputes", """
                {"kind":"INDIVIDUAL","province":"CAO_BANG","employerTaxCode":"%s","employerName":"Công ty Sai Tên",
                 "requestedBy":"WORKER_SIDE","summary":"Overtime unpaid","workersInvolved":1,
                 "discoveredOn":"%s","receivedOn":"%s"}""".formatted(tax, TODAY.minusDays(20), TODAY.minusDays(2))), 201);
        String id = filed.get("id").asText();
        ok(commands.post("/api/disputes/" + id + "/filing-corrections", """
                {"employerName":"Công ty TNHH Đúng Tên","reason":"Name from the business registration"}"""), 200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode row = ok(queries.get("/api/cases/" + id), 200);
            assertThat(row.get("enterpriseName").asText()).isEqualTo("Công ty TNHH Đúng Tên");
            assertThat(row.get("status").asText()).isEqualTo("AWAITING_MEDIATOR");
            assertThat(ok(queries.get("/api/enterprises/" + tax), 200).get("name").asText())
                    .isEqualTo("Công ty TNHH Đúng Tên");
        });
    }

    @Test
    void theReportCountsTheCorrectedWorkersInTheFindingsPeriod() {
        LocalDate foundOn = TODAY.minusDays(45);
        String period = """
                {"year":%d,"half":"%s","province":"CAO_BANG"}"""
                .formatted(foundOn.getYear(), foundOn.getMonthValue() <= 6 ? "H1" : "H2");
        String id = inspectionWithFinding(foundOn);
        String finding = ok(commands.get("/api/inspections/" + id), 200).get("findings").get(0).get("findingId").asText();
        long before = ok(queries.post("/api/reports/coordination", period), 201).get("figures").get("workersAffected")
                .asLong();

        ok(commands.post("/api/inspections/" + id + "/findings/" + finding + "/corrections", """
                {"workersAffected":480,"reason":"The payroll lists 480 workers"}"""), 200);
        long after = ok(queries.post("/api/reports/coordination", period), 201).get("figures").get("workersAffected")
                .asLong();

        assertThat(after - before).isEqualTo(60);
    }

    private String inspectionWithFinding(LocalDate foundOn) {
        var started = ok(commands.post("/api/inspections", """
                {"trigger":"PLANNED","scope":["LABOR_LAW"],"openedOn":"%s",
                 "enterprise":{"taxCode":"%s","name":"Công ty Chè Cao Bằng","province":"CAO_BANG","headcount":420,
                               "ownership":"PRIVATE","sector":"0127"}}"""
                .formatted(foundOn.minusDays(15), taxCode())), 201);
        String path = "/api/inspections/" + started.get("id").asText();
        ok(commands.post(path + "/decision", """
                {"decisionNumber":"5/QĐ-TTr","issuedOn":"%s","leadInspector":"inspector-04-001"}"""
                .formatted(foundOn.minusDays(10))), 200);
        ok(commands.post(path + "/announcement", "{\"announcedOn\":\"%s\"}".formatted(foundOn.minusDays(5))), 200);
        ok(commands.post(path + "/fieldwork/start", "{\"on\":\"%s\"}".formatted(foundOn.minusDays(4))), 200);
        ok(commands.post(path + "/findings", """
                {"category":"WAGES_LATE_OR_SHORT","legalBasis":"Labor Code 45/2019 Art 94","description":"Wages late",
                 "workersAffected":420,"amountOwed":2500000000,"foundOn":"%s"}""".formatted(foundOn)), 200);
        return started.get("id").asText();
    }

    private static JsonNode ok(Http.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        return response.json();
    }
}
