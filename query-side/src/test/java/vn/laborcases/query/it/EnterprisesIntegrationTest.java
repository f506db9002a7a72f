package vn.laborcases.query.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laborcases.testsupport.Http;

/**
 * One enterprise with a wage complaint (the README's worked example: SI paid 76 days late) and
 * an inspection with a repeat-free finding, a fine and a remediation, read back over HTTP from
 * the profile, the violating-enterprises list and the arrears ledger. Assertions are confined to
 * this test's own random tax code, since other tests share the apps and the database.
 */
class EnterprisesIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String TAX = "09" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    private static final String COMPLAINT = """
            {"province":"CA_MAU","enterpriseTaxCode":"%s","enterpriseName":"Công ty Giày Kiểm Tra",
             "region":"I","complainant":"UNION","workersAffected":40,"summary":"Wages and SI unpaid",
             "receivedOn":"2026-03-02","reason":"Complaint received","legalBasis":"Decree 24/2018/ND-CP"}
            """;
    private static Http commands;
    private static Http queries;

    @BeforeAll
    static void recordCases() {
        commands = SharedApps.commands();
        queries = SharedApps.queries();
        complaint();
        inspection();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var profile = queries.get("/api/enterprises/" + TAX);
            // The fine payment is the last command sent: once it shows, every earlier event has too.
            return profile.status() == 200 && profile.json().get("sanctions").size() == 1
                    && profile.json().get("sanctions").get(0).get("paid").asLong() == 40_000_000L
                    && profile.json().get("arrears").get("paid").asLong() == 120_000_000L;
        });
    }

    @Test
    void theProfileGathersEveryCaseOfTheEnterprise() {
        JsonNode profile = ok(queries.get("/api/enterprises/" + TAX));
        assertThat(profile.get("name").asText()).isEqualTo("Công ty Giày Kiểm Tra");
        assertThat(profile.get("cases")).extracting(c -> c.get("caseType").asText() + " " + c.get("total").asLong()
                + " " + c.get("open").asLong()).containsExactly("INSPECTION 1 1", "WAGE_ARREARS 1 1");
        assertThat(profile.get("arrears").get("owed").asLong()).isEqualTo(320_000_000L);
        assertThat(profile.get("arrears").get("outstanding").asLong()).isEqualTo(200_000_000L);
        assertThat(profile.get("violations")).hasSize(1);
        assertThat(profile.get("violations").get(0).get("category").asText()).isEqualTo("WAGES_LATE_OR_SHORT");
        assertThat(profile.get("repeatViolator").asBoolean()).isFalse();
        JsonNode fine = profile.get("sanctions").get(0);
        assertThat(fine.get("initialAmount").asLong()).isEqualTo(95_000_000L);
        assertThat(fine.get("currentAmount").asLong()).isEqualTo(85_000_000L);
        assertThat(fine.get("paid").asLong()).isEqualTo(40_000_000L);
        // 200 M outstanding: 20 points; two open cases: 10 points.
        assertThat(profile.get("risk").get("points").asInt()).isEqualTo(30);
        assertThat(profile.get("risk").get("band").asText()).isEqualTo("MEDIUM");
    }

    @Test
    void theViolatingEnterprisesOfAPeriod() {
        String period = "from=%s&to=%s&province=CA_MAU".formatted(TODAY.minusDays(60), TODAY);
        JsonNode page = ok(queries.get("/api/violating-enterprises?limit=200&" + period));
        JsonNode row = rowOf(page.get("items"));
        assertThat(row.get("findings").asLong()).isEqualTo(1);
        assertThat(row.get("finesImposed").asLong()).isEqualTo(85_000_000L);
        assertThat(row.get("finesPaid").asLong()).isEqualTo(40_000_000L);
        assertThat(row.get("remediationsOpen").asLong()).isEqualTo(1);
        assertThat(row.get("categories")).extracting(JsonNode::asText).containsExactly("WAGES_LATE_OR_SHORT");

        JsonNode first = ok(queries.get("/api/violating-enterprises?limit=1&sort=findings&" + period));
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("total").asLong()).isEqualTo(page.get("total").asLong());

        String before = "from=%s&to=%s".formatted(TODAY.minusDays(400), TODAY.minusDays(300));
        assertThat(ok(queries.get("/api/violating-enterprises?limit=200&" + before)).get("items").findValuesAsText(
                "taxCode")).doesNotContain(TAX);

        var csv = queries.get("/api/violating-enterprises?format=csv&limit=200&" + period);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw().body()).startsWith("taxCode,name,province,categories,findings")
                .contains(TAX + ",Công ty Giày Kiểm Tra,CA_MAU,WAGES_LATE_OR_SHORT,1,false,85000000,40000000,1,0,0,0");

        // For publication, a CSV without limit or offset holds the whole period's list.
        var whole = queries.get("/api/violating-enterprises?format=csv&" + period);
        assertThat(whole.header("X-Export-Truncated")).isEqualTo("false");
        assertThat(whole.raw().body().split("\r\n")).hasSize(1 + Integer.parseInt(whole.header("X-Total-Count")));
    }

    @Test
    void theLedgerGivesInterestAsOfADate() {
        JsonNode july = ok(queries.get("/api/arrears?taxCode=" + TAX + "&asOf=2026-07-15"));
        assertThat(july.get("total").asLong()).isEqualTo(2);
        JsonNode wages = july.get("items").get(0);
        JsonNode si = july.get("items").get(1);
        assertThat(wages.get("periodFrom").asText()).isEqualTo("2026-01");
        assertThat(wages.get("daysOutstanding").asLong()).isEqualTo(160);
        assertThat(wages.get("interest").asLong()).isEqualTo(1_402_740L);
        assertThat(si.get("paid").asLong()).isEqualTo(120_000_000L);
        assertThat(si.get("interest").asLong()).isEqualTo(2_736_000L);
        assertThat(si.get("evasion").asBoolean()).isTrue();

        JsonNode before = ok(queries.get("/api/arrears?taxCode=" + TAX + "&asOf=2026-07-01"));
        assertThat(before.get("items").get(1).get("paid").asLong()).as("a later payment is not counted").isZero();

        JsonNode march = ok(queries.get("/api/arrears?province=CA_MAU&from=2026-03&to=2026-03&limit=200&taxCode=" + TAX));
        assertThat(march.get("items")).extracting(r -> r.get("kind").asText()).containsExactly("SOCIAL_INSURANCE");

        JsonNode second = ok(queries.get("/api/arrears?taxCode=" + TAX + "&limit=1&offset=1&asOf=2026-07-15"));
        assertThat(second.get("items").get(0).get("kind").asText()).isEqualTo("SOCIAL_INSURANCE");
        assertThat(second.get("nextOffset").isNull()).isTrue();

        var csv = queries.get("/api/arrears?format=csv&asOf=2026-07-15&taxCode=" + TAX);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw().body()).contains(",1402740,160,false,false");
    }

    @Test
    void badFiltersAreRefusedAndUnknownEnterprisesAreNotFound() {
        for (String path : List.of("/api/enterprises/12345", "/api/violating-enterprises?from=2026-01-01",
                "/api/violating-enterprises?from=2026-13-01&to=2026-12-31",
                "/api/violating-enterprises?from=2026-01-01&to=2026-12-31&province=SAIGON",
                "/api/violating-enterprises?from=2026-01-01&to=2026-12-31&sort=name",
                "/api/violating-enterprises?from=2026-12-01&to=2026-01-31",
                "/api/arrears?from=2026-1", "/api/arrears?asOf=yesterday", "/api/arrears?limit=0",
                "/api/arrears?format=xml", "/api/arrears?taxCode=abc")) {
            var response = queries.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
        var unknown = queries.get("/api/enterprises/0000000001");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRebuildReproducesTheRows() throws SQLException {
        // Two cases, a finding, a fine, a remediation, a complaint, two lines, an allocation, a rate.
        await().atMost(Duration.ofSeconds(30)).until(() -> rows().size() == 10);
        ProjectionRebuild.awaitCaughtUp(SharedApps.querySide(), "enterprises");
        List<List<String>> before = rows();
        ProjectionRebuild.rebuild(SharedApps.querySide(), "enterprises");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows()).isEqualTo(before));
    }

    private static List<List<String>> rows() throws SQLException {
        return ProjectionRebuild.rows(Stream.of(
                "SELECT * FROM ent_case WHERE tax_code = '%s' ORDER BY case_id",
                "SELECT * FROM ent_finding WHERE tax_code = '%s' ORDER BY finding_id",
                "SELECT * FROM ent_sanction WHERE inspection_id IN (SELECT case_id FROM ent_case"
                        + " WHERE tax_code = '%s') ORDER BY sanction_id",
                "SELECT * FROM ent_remediation WHERE inspection_id IN (SELECT case_id FROM ent_case"
                        + " WHERE tax_code = '%s') ORDER BY remediation_id",
                "SELECT * FROM arr_complaint WHERE tax_code = '%s' ORDER BY complaint_id",
                "SELECT * FROM arr_claim_line WHERE tax_code = '%s' ORDER BY complaint_id, line_no",
                "SELECT * FROM arr_allocation WHERE complaint_id IN (SELECT complaint_id FROM arr_complaint"
                        + " WHERE tax_code = '%s') ORDER BY complaint_id, payment_no, line_no",
                "SELECT complaint_id, bank, annual_percent, effective_from FROM arr_deposit_rate"
                        + " WHERE complaint_id IN (SELECT complaint_id FROM arr_complaint WHERE tax_code = '%s')"
                        + " ORDER BY complaint_id, effective_from, bank")
                .map(sql -> sql.formatted(TAX)).toArray(String[]::new));
    }

    private static JsonNode rowOf(JsonNode items) {
        for (JsonNode item : items) {
            if (item.get("taxCode").asText().equals(TAX)) {
                return item;
            }
        }
        throw new AssertionError("No row for " + TAX + " in " + items);
    }

    private static void complaint() {
        var registered = commands.post("/api/wage-complaints", COMPLAINT.formatted(TAX));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        String path = "/api/wage-complaints/" + registered.json().get("id").asText();
        ok(commands.post(path + "/triage/complaint", "{\"triagedOn\":\"2026-03-03\"}"));
        ok(commands.post(path + "/acceptance", "{\"acceptedOn\":\"2026-03-05\"}"));
        ok(commands.post(path + "/claim-lines", """
                {"kind":"WAGES","periodFrom":"2026-01","periodTo":"2026-01","principal":200000000,
                 "dueOn":"2026-02-05","monthlyWagePerWorker":5000000}"""));
        ok(commands.post(path + "/claim-lines", """
                {"kind":"SOCIAL_INSURANCE","periodFrom":"2026-03","periodTo":"2026-03","principal":120000000,
                 "dueOn":"2026-04-30"}"""));
        ok(commands.post(path + "/employer-notice", "{\"notifiedOn\":\"2026-03-09\",\"channel\":\"Letter\"}"));
        ok(commands.post(path + "/determination", "{\"determinedOn\":\"2026-03-20\"}"));
        ok(commands.post(path + "/deposit-rates",
                "{\"bank\":\"Vietcombank\",\"annualPercent\":1.60,\"effectiveFrom\":\"2026-01-01\"}"));
        ok(commands.post(path + "/payments", "{\"paidOn\":\"2026-07-15\",\"amount\":120000000,\"reference\":\"UNC\"}"));
    }

    private static void inspection() {
        var inspection = InspectionCommands.concluded(commands, TAX, "Công ty Giày Kiểm Tra", 420, 2_500_000_000L,
                "\"reason\":\"Annual plan\"", TODAY);
        String path = inspection.path();
        String findingId = inspection.findingId();
        String sanctionId = InspectionCommands.amendedFine(commands, inspection, 95_000_000L, 85_000_000L,
                TODAY.minusDays(8), TODAY);
        ok(commands.post(path + "remediations", """
                {"findingId":"%s","action":"Pay","orderedOn":"%s","dueOn":"%s"}"""
                .formatted(findingId, TODAY.minusDays(5), TODAY.plusDays(25))));
        ok(commands.post(path + "sanctions/" + sanctionId + "/payments",
                "{\"amount\":40000000,\"paidOn\":\"%s\"}".formatted(TODAY.minusDays(4))));
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.json();
    }
}
