package vn.laborcases.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.laborcases.testsupport.Http;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case list over HTTP with both apps: one case of each type for an enterprise of its own
 * (a random tax code, so that other tests' cases never count), then its filters, sorts, pages,
 * the CSV export and the errors.
 */
class CaseListIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String TAX_CODE = randomTaxCode();
    static final String MEDIATOR = "mediator-" + UUID.randomUUID();
    static final String INSPECTOR = "inspector-" + UUID.randomUUID();
    static String dispute;
    static String stoppage;
    static String complaint;
    static String inspection;

    @BeforeAll
    static void oneCaseOfEachType() {
        Http commands = SharedApps.commands();
        dispute = CaseListCommands.fileDispute(commands, "HO_CHI_MINH", TAX_CODE, TODAY.minusDays(10));
        CaseListCommands.ok(commands.post("/api/disputes/" + dispute + "/mediator",
                "{\"mediatorId\":\"%s\",\"assignedOn\":\"%s\"}".formatted(MEDIATOR, TODAY.minusDays(9))));
        stoppage = CaseListCommands.created(commands.post("/api/work-stoppages", """
                {"province":"BAC_NINH","employerTaxCode":"%s","employerName":"Electronics Co","workersInvolved":350,
                 "demands":["Pay the Tết bonus"],"startedOn":"%s"}""".formatted(TAX_CODE, TODAY.minusDays(5))));
        complaint = CaseListCommands.created(commands.post("/api/wage-complaints", """
                {"province":"HO_CHI_MINH","enterpriseTaxCode":"%s","enterpriseName":"Công ty TNHH May Thành Công",
                 "region":"I","complainant":"UNION","workersAffected":40,"summary":"Wages unpaid",
                 "receivedOn":"%s"}""".formatted(TAX_CODE, TODAY.minusDays(3))));
        CaseListCommands.ok(commands.post("/api/wage-complaints/" + complaint + "/closure",
                "{\"on\":\"%s\",\"reason\":\"Filed in error\"}".formatted(TODAY.minusDays(2))));
        CaseListCommands.ok(commands.post("/api/wage-complaints/" + complaint + "/reopening",
                "{\"on\":\"%s\",\"reason\":\"Not in error after all\"}".formatted(TODAY.minusDays(1))));
        inspection = CaseListCommands.created(commands.post("/api/inspections", """
                {"trigger":"PLANNED","scope":["LABOR_LAW"],
                 "enterprise":{"taxCode":"%s","name":"Công ty TNHH Giày Tân Phú","province":"DONG_NAI",
                               "headcount":420,"ownership":"FDI","sector":"1520"},
                 "openedOn":"%s","grounds":"Annual plan","reason":"Annual plan"}"""
                .formatted(TAX_CODE, TODAY.minusDays(60))));
        CaseListCommands.ok(commands.post("/api/inspections/" + inspection + "/decision", """
                {"decisionNumber":"57/QĐ-TTr","issuedOn":"%s","leadInspector":"%s"}"""
                .formatted(TODAY.minusDays(55), INSPECTOR)));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode page = list("taxCode=" + TAX_CODE);
            return page.get("total").asLong() == 4 && ids(page).contains(complaint)
                    && caseRow(complaint).get("lastSequence").asLong() == 2
                    && caseRow(inspection).get("lastSequence").asLong() == 1
                    && caseRow(dispute).get("lastSequence").asLong() == 1;
        });
    }

    @Test
    void eachCaseShowsItsTypeStatusAssigneeAndDates() {
        JsonNode row = caseRow(dispute);
        assertThat(row.get("caseType").asText()).isEqualTo("LABOR_DISPUTE");
        assertThat(row.get("caseNumber").asText()).startsWith("LD-79-");
        assertThat(row.get("province").asText()).isEqualTo("HO_CHI_MINH");
        assertThat(row.get("enterpriseTaxCode").asText()).isEqualTo(TAX_CODE);
        assertThat(row.get("status").asText()).isEqualTo("IN_MEDIATION");
        assertThat(row.get("assignee").asText()).isEqualTo(MEDIATOR);
        assertThat(row.get("openedOn").asText()).isEqualTo(TODAY.minusDays(10).toString());
        assertThat(row.get("lastEventAt").asText()).isNotBlank();

        JsonNode reopened = caseRow(complaint);
        assertThat(reopened.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(reopened.get("closedOn").isNull()).isTrue();
        assertThat(reopened.get("assignee").isNull()).isTrue();

        assertThat(caseRow(stoppage).get("status").asText()).isEqualTo("ONGOING");
        JsonNode inspected = caseRow(inspection);
        assertThat(inspected.get("status").asText()).isEqualTo("DECISION_ISSUED");
        assertThat(inspected.get("assignee").asText()).isEqualTo(INSPECTOR);
        assertThat(inspected.get("province").asText()).isEqualTo("DONG_NAI");
    }

    @Test
    void filtersCombine() {
        assertThat(ids(list("taxCode=" + TAX_CODE + "&type=INSPECTION"))).containsExactly(inspection);
        assertThat(ids(list("assignee=" + MEDIATOR))).containsExactly(dispute);
        assertThat(ids(list("taxCode=" + TAX_CODE + "&province=HO_CHI_MINH")))
                .containsExactlyInAnyOrder(dispute, complaint);
        assertThat(ids(list("taxCode=" + TAX_CODE + "&status=in_mediation"))).containsExactly(dispute);
        assertThat(ids(list("taxCode=" + TAX_CODE + "&province=HO_CHI_MINH&status=REGISTERED")))
                .containsExactly(complaint);
        assertThat(ids(list("taxCode=" + TAX_CODE + "&openedFrom=" + TODAY.minusDays(5) + "&openedTo="
                + TODAY.minusDays(3)))).containsExactlyInAnyOrder(stoppage, complaint);
    }

    @Test
    void sortsAndPagesAreStable() {
        assertThat(ids(list("taxCode=" + TAX_CODE))).containsExactly(complaint, stoppage, dispute, inspection);
        assertThat(ids(list("taxCode=" + TAX_CODE + "&sort=openedOn,asc")))
                .containsExactly(inspection, dispute, stoppage, complaint);
        // IN- < LD- < WA- < WS-
        assertThat(ids(list("taxCode=" + TAX_CODE + "&sort=caseNumber")))
                .containsExactly(inspection, dispute, complaint, stoppage);
        assertThat(ids(list("taxCode=" + TAX_CODE + "&sort=caseNumber,desc")))
                .containsExactly(stoppage, complaint, dispute, inspection);
        List<String> byLastEvent = ids(list("taxCode=" + TAX_CODE + "&sort=lastEventAt,desc"));
        assertThat(byLastEvent).containsExactlyInAnyOrder(dispute, stoppage, complaint, inspection);
        assertThat(byLastEvent.get(0)).isEqualTo(inspection);

        JsonNode first = list("taxCode=" + TAX_CODE + "&limit=3");
        assertThat(ids(first)).containsExactly(complaint, stoppage, dispute);
        assertThat(first.get("total").asLong()).isEqualTo(4);
        assertThat(first.get("nextOffset").asInt()).isEqualTo(3);
        JsonNode last = list("taxCode=" + TAX_CODE + "&limit=3&offset=3");
        assertThat(ids(last)).containsExactly(inspection);
        assertThat(last.get("nextOffset").isNull()).isTrue();
    }

    @Test
    void exportsTheFilteredListAsCsv() {
        Http.Response csv = SharedApps.queries().get("/api/cases?format=csv&sort=caseNumber&taxCode=" + TAX_CODE);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("X-Total-Count")).isEqualTo("4");
        assertThat(csv.header("X-Export-Truncated")).isEqualTo("false");
        String[] lines = csv.raw().body().split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("case_id,case_type,case_number,province,enterprise_tax_code");
        assertThat(lines[1]).startsWith(inspection + ",INSPECTION,IN-");
        assertThat(lines[4]).startsWith(stoppage + ",WORK_STOPPAGE,WS-");
    }

    @Test
    void anUnknownCaseIsNotFound() {
        Http.Response unknown = SharedApps.queries().get("/api/cases/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(SharedApps.queries().get("/api/cases/not-a-uuid").status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"type=FOO", "status=NOPE", "type=INSPECTION&status=IN_MEDIATION", "province=SAIGON",
            "taxCode=123", "openedFrom=2026-13-01", "openedFrom=2026-03-02&openedTo=2026-03-01", "sort=province",
            "sort=openedOn,sideways", "limit=0", "limit=500", "offset=-1", "format=xml", "assignee="})
    void badFiltersAreRefusedWithAProblem(String query) {
        Http.Response response = SharedApps.queries().get("/api/cases?" + query);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).isNotBlank();
    }

    /** Found by HostileInputIntegrationTest: PostgreSQL cannot compare text with a NUL, which was a 500. */
    @Test
    void aNulCharacterInAFilter_is400() {
        Http.Response response = SharedApps.queries().get("/api/cases?assignee=a%00b");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("NUL character");
    }

    private static JsonNode list(String query) {
        Http.Response response = SharedApps.queries().get("/api/cases?" + query);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode caseRow(String id) {
        Http.Response response = SharedApps.queries().get("/api/cases/" + id);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(row -> row.get("caseId").asText()).toList();
    }

    static String randomTaxCode() {
        return "08" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
