package vn.laborcases.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.laborcases.api.Province;
import vn.laborcases.testsupport.Http;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.laborcases.query.it.CaseListCommands.created;
import static vn.laborcases.query.it.CaseListCommands.ok;

/**
 * A reader restricted to one province sees that province's cases only, in every list, report,
 * export and stream of the query side, and gets the 404 of an unknown id for another
 * province's case; a national reader sees both. The same enterprise has the same cases in two
 * provinces that no other test uses, so that every figure below is this test's own.
 */
class JurisdictionIntegrationTest {

    private static final Province A = Province.TUYEN_QUANG;
    private static final Province B = Province.LANG_SON;
    private static final String[] READER_OF_A = TestReaders.readerOf(A);
    /** Every province named: national, as a reader without the header is. */
    private static final String[] NATIONAL = TestReaders.readerOf(Province.values());
    private static final LocalDate TODAY = CaseListIntegrationTest.TODAY;
    private static final String TAX = CaseListIntegrationTest.randomTaxCode();
    /** An enterprise with a case in B only. */
    private static final String TAX_OF_B = CaseListIntegrationTest.randomTaxCode();
    /** The day the disputes of {@link #casesIn} are received: their mediation deadlines are still ahead. */
    private static final LocalDate FILED_ON = TODAY.minusDays(1);
    private static final String MEDIATOR = "mediator-" + UUID.randomUUID();
    private static Http queries;
    private static String disputeOfA;
    private static String disputeOfB;

    @BeforeAll
    static void theSameCasesInTwoProvinces() {
        Http commands = SharedApps.commands();
        queries = SharedApps.queries();
        disputeOfA = casesIn(commands, A);
        disputeOfB = casesIn(commands, B);
        CaseListCommands.fileDispute(commands, B.name(), TAX_OF_B, TODAY.minusDays(3));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                total(get("/api/cases?taxCode=" + TAX, NATIONAL)) == 8
                        && total(get("/api/arrears?taxCode=" + TAX, NATIONAL)) == 2
                        && total(get("/api/violating-enterprises?from=" + TODAY.minusDays(60) + "&to=" + TODAY
                        + "&province=" + B, NATIONAL)) == 1
                        && total(get("/api/strikes?province=" + B, NATIONAL)) == 1
                        && total(get(radar(B), NATIONAL)) > 0
                        && !get("/audit/events?taxCode=" + TAX_OF_B, NATIONAL).get("items").isEmpty());
    }

    /**
     * Every endpoint of the query side that this test proves narrowed (or, for the last ones,
     * holding no case data). An endpoint added without a place here fails
     * {@link #everyEndpointOfTheQuerySideIsCoveredHere()}.
     */
    private static final Set<String> COVERED = Set.of(
            "GET /api/cases", "GET /api/cases/stream", "GET /api/cases/{id}", "GET /api/deadlines",
            "GET /api/workload", "GET /api/enterprises/{taxCode}", "GET /api/violating-enterprises",
            "GET /api/arrears", "GET /api/strikes", "GET /api/strikes/summary", "GET /api/dispute-outcomes",
            "GET /api/inspection-coverage", "GET /api/reports/coordination", "POST /api/reports/coordination",
            "GET /api/reports/coordination/{id}", "GET /api/reports/coordination/{id}/recomputation",
            "GET /audit/cases/{caseId}/history", "GET /audit/events",
            // The names of the trail's actions: no case data.
            "GET /audit/actions");

    @Test
    void everyEndpointOfTheQuerySideIsCoveredHere() {
        RequestMappingHandlerMapping mapping = SharedApps.querySide().bean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        Set<String> endpoints = new TreeSet<>();
        mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern ->
                info.getMethodsCondition().getMethods().forEach(method -> endpoints.add(method + " " + pattern))));
        // The operators' replays are for ADMIN only and read no case for a reader; the API's
        // description holds no data.
        endpoints.removeIf(endpoint -> !endpoint.contains(" /api/") && !endpoint.contains(" /audit/"));
        assertThat(endpoints).isNotEmpty();
        assertThat(COVERED).containsAll(endpoints);
    }

    @Test
    void theCaseListItsExportAndOneCaseShowOnlyTheReadersProvinces() {
        JsonNode mine = get("/api/cases?taxCode=" + TAX, READER_OF_A);
        assertThat(total(mine)).isEqualTo(4);
        assertThat(provinces(mine.get("items"))).containsOnly(A.name());
        assertThat(total(get("/api/cases?province=" + B, READER_OF_A))).isZero();
        assertThat(provinces(get("/api/cases?limit=200", READER_OF_A).get("items"))).containsOnly(A.name());

        Http.Response csv = queries.get("/api/cases?format=csv&taxCode=" + TAX, READER_OF_A);
        assertThat(csv.raw().body()).contains(A.name()).doesNotContain(B.name());
        assertThat(csv.header("X-Total-Count")).isEqualTo("4");

        assertThat(queries.get("/api/cases/" + disputeOfA, READER_OF_A).status()).isEqualTo(200);
        assertUnknown(queries.get("/api/cases/" + disputeOfB, READER_OF_A),
                queries.get("/api/cases/" + UUID.randomUUID()));
        assertThat(queries.get("/api/cases/" + disputeOfB, NATIONAL).status()).isEqualTo(200);
        assertThat(queries.get("/api/cases/" + disputeOfB).status()).as("no header: national").isEqualTo(200);
    }

    @Test
    void theHistoryOfAnotherProvincesCaseIsUnknownAndTheTrailHoldsOnlyTheReadersProvinces() {
        assertThat(queries.get("/audit/cases/" + disputeOfA + "/history", READER_OF_A).status()).isEqualTo(200);
        assertUnknown(queries.get("/audit/cases/" + disputeOfB + "/history", READER_OF_A),
                queries.get("/audit/cases/" + UUID.randomUUID() + "/history"));
        assertThat(queries.get("/audit/cases/" + disputeOfB + "/history?format=csv", READER_OF_A).status())
                .isEqualTo(404);
        assertThat(queries.get("/audit/cases/" + disputeOfB + "/history", NATIONAL).status()).isEqualTo(200);

        List<String> casesOfA = ids(get("/api/cases?taxCode=" + TAX + "&province=" + A, NATIONAL).get("items"));
        List<String> trail = ids(get("/audit/events?taxCode=" + TAX + "&limit=200", READER_OF_A).get("items"));
        assertThat(trail).contains(disputeOfA);
        assertThat(casesOfA).containsAll(trail);
        assertThat(get("/audit/events?taxCode=" + TAX_OF_B, READER_OF_A).get("items")).isEmpty();
        assertThat(get("/audit/events?province=" + B, READER_OF_A).get("items")).isEmpty();
        assertThat(queries.get("/audit/events?format=ndjson&taxCode=" + TAX, READER_OF_A).raw().body())
                .contains(disputeOfA).doesNotContain(disputeOfB);
        assertThat(ids(get("/audit/events?taxCode=" + TAX + "&limit=200", NATIONAL).get("items")))
                .contains(disputeOfA, disputeOfB);
    }

    @Test
    void theRadarAndTheWorkloadCountOnlyTheReadersProvinces() {
        String radarOfB = radar(B);
        assertThat(total(get(radarOfB, READER_OF_A))).isZero();
        assertThat(total(get(radarOfB, NATIONAL))).isPositive();
        JsonNode radarOfA = get(radar(A), READER_OF_A);
        assertThat(total(radarOfA)).isPositive();
        assertThat(provinces(radarOfA.get("items"))).containsOnly(A.name());
        assertThat(queries.get(radarOfB + "&format=csv", READER_OF_A).raw().body()).doesNotContain(MEDIATOR);

        assertThat(assignees(get("/api/workload?limit=200", READER_OF_A))).contains(MEDIATOR + "-" + A)
                .doesNotContain(MEDIATOR + "-" + B);
        assertThat(assignees(get("/api/workload?province=" + B + "&limit=200", READER_OF_A))).isEmpty();
        assertThat(assignees(get("/api/workload?province=" + B + "&limit=200", NATIONAL))).contains(MEDIATOR + "-" + B);
    }

    @Test
    void anEnterpriseShowsOnlyItsCasesInTheReadersProvinces() {
        JsonNode national = get("/api/enterprises/" + TAX, NATIONAL);
        JsonNode mine = get("/api/enterprises/" + TAX, READER_OF_A);
        assertThat(openCases(national)).isEqualTo(2 * openCases(mine));
        assertThat(mine.get("province").asText()).isEqualTo(A.name());
        assertThat(mine.get("violations")).hasSize(1);
        assertThat(national.get("violations")).hasSize(2);
        assertThat(mine.get("arrears").get("owed").asLong() * 2)
                .isEqualTo(national.get("arrears").get("owed").asLong());
        assertUnknown(queries.get("/api/enterprises/" + TAX_OF_B, READER_OF_A),
                queries.get("/api/enterprises/" + CaseListIntegrationTest.randomTaxCode()));

        String period = "from=" + TODAY.minusDays(60) + "&to=" + TODAY;
        assertThat(provinces(get("/api/violating-enterprises?" + period + "&limit=200", READER_OF_A).get("items")))
                .containsOnly(A.name());
        assertThat(total(get("/api/violating-enterprises?" + period + "&province=" + B, READER_OF_A))).isZero();
        assertThat(queries.get("/api/violating-enterprises?format=csv&" + period, READER_OF_A).raw().body())
                .doesNotContain(B.name());
    }

    @Test
    void theArrearsLedgerAndTheStrikeRegisterListOnlyTheReadersProvinces() {
        JsonNode ledger = get("/api/arrears?taxCode=" + TAX, READER_OF_A);
        assertThat(total(ledger)).isEqualTo(1);
        assertThat(provinces(ledger.get("items"))).containsOnly(A.name());
        assertThat(total(get("/api/arrears?province=" + B, READER_OF_A))).isZero();
        assertThat(queries.get("/api/arrears?format=csv&taxCode=" + TAX, READER_OF_A).raw().body())
                .doesNotContain(B.name());

        JsonNode strikes = get("/api/strikes?limit=200", READER_OF_A);
        assertThat(provinces(strikes.get("items"))).containsOnly(A.name());
        assertThat(total(get("/api/strikes?province=" + B, READER_OF_A))).isZero();
        assertThat(get("/api/strikes/summary?province=" + B, READER_OF_A).get("count").asLong()).isZero();
        assertThat(get("/api/strikes/summary?province=" + B, NATIONAL).get("count").asLong()).isEqualTo(1);
    }

    @Test
    void theStatisticsCountOnlyTheReadersProvinces() {
        // The day this test's own disputes were received, and no other dispute of A or B.
        String day = "&from=" + FILED_ON + "&to=" + FILED_ON;
        JsonNode outcomes = get("/api/dispute-outcomes?groupBy=province" + day, READER_OF_A);
        assertThat(provinces(outcomes.get("byProvince"))).containsOnly(A.name());
        assertThat(outcomes.get("totals").get("filed").asLong()).isEqualTo(1);
        assertThat(get("/api/dispute-outcomes?province=" + B + day, READER_OF_A).get("totals").get("filed").asLong())
                .isZero();
        assertThat(get("/api/dispute-outcomes?province=" + B + day, NATIONAL).get("totals").get("filed").asLong())
                .isEqualTo(1);

        assertThat(inspections(get("/api/inspection-coverage", READER_OF_A))).isEqualTo(1);
        assertThat(inspections(get("/api/inspection-coverage?province=" + B, READER_OF_A))).isZero();
        assertThat(inspections(get("/api/inspection-coverage?province=" + B, NATIONAL))).isEqualTo(1);
    }

    @Test
    void aReaderReadsTheCoordinationReportsOfTheirProvincesAndNoNationalOne() {
        int year = TODAY.getYear();
        String ofA = frozen(A, year, READER_OF_A);
        String ofB = frozen(B, year, NATIONAL);
        String national = frozen(null, year, NATIONAL);
        String path = "/api/reports/coordination/";

        assertThat(queries.get(path + ofA, READER_OF_A).status()).isEqualTo(200);
        assertUnknown(queries.get(path + ofB, READER_OF_A), queries.get(path + UUID.randomUUID()));
        assertThat(queries.get(path + national, READER_OF_A).status()).isEqualTo(404);
        assertThat(queries.get(path + national + "/recomputation", READER_OF_A).status()).isEqualTo(404);
        assertThat(queries.get(path + national, NATIONAL).status()).isEqualTo(200);

        JsonNode listed = get("/api/reports/coordination?year=" + year + "&limit=200", READER_OF_A);
        assertThat(listed.get("items")).extracting(report -> report.get("province").asText()).containsOnly(A.name());
        assertThat(total(get("/api/reports/coordination?province=NATIONAL", READER_OF_A))).isZero();
        assertThat(queries.post("/api/reports/coordination", freeze(B, year), READER_OF_A).status()).isEqualTo(403);
        assertThat(queries.post("/api/reports/coordination", freeze(null, year), READER_OF_A).status())
                .isEqualTo(403);
    }

    @Test
    void theStreamOfAnotherProvinceStaysEmptyWhileTheReadersOwnIsPushed() throws Exception {
        List<String> ofA = Screen.watching(A.name(), READER_OF_A).lines();
        List<String> ofB = Screen.watching(B.name(), READER_OF_A).lines();
        List<String> nationalOfB = Screen.watching(B.name(), NATIONAL).lines();
        String taxCode = CaseListIntegrationTest.randomTaxCode();
        Http commands = SharedApps.commands();
        String inB = CaseListCommands.fileDispute(commands, B.name(), taxCode, TODAY.minusDays(2));
        String inA = CaseListCommands.fileDispute(commands, A.name(), taxCode, TODAY.minusDays(2));

        await().atMost(Duration.ofSeconds(30)).until(() -> ofA.stream().anyMatch(line -> line.contains(inA))
                && nationalOfB.stream().anyMatch(line -> line.contains(inB)));
        // One sender pushes a row to every screen of its province in turn: B's row has been sent.
        assertThat(ofB).noneMatch(line -> line.startsWith("data:"));
        assertThat(ofA).noneMatch(line -> line.contains(inB));
    }

    /** A dispute with a mediator, a work stoppage, an inspection with a finding and a complaint with a claim line. */
    private static String casesIn(Http commands, Province province) {
        String dispute = CaseListCommands.fileDispute(commands, province.name(), TAX, FILED_ON);
        ok(commands.post("/api/disputes/" + dispute + "/mediator",
                "{\"mediatorId\":\"%s-%s\",\"assignedOn\":\"%s\"}".formatted(MEDIATOR, province, TODAY)));
        created(commands.post("/api/work-stoppages", """
                {"province":"%s","employerTaxCode":"%s","employerName":"Electronics Co","workersInvolved":350,
                 "demands":["Pay the Tết bonus"],"startedOn":"%s"}""".formatted(province, TAX, TODAY.minusDays(5))));
        String inspection = "/api/inspections/" + created(commands.post("/api/inspections", """
                {"trigger":"PLANNED","scope":["LABOR_LAW"],
                 "enterprise":{"taxCode":"%s","name":"Công ty Giày","province":"%s",
                               "headcount":420,"ownership":"FDI","sector":"1520"},
                 "openedOn":"%s","grounds":"Annual plan","reason":"Annual plan"}"""
                .formatted(TAX, province, TODAY.minusDays(60)))) + "/";
        ok(commands.post(inspection + "decision", """
                {"decisionNumber":"9/QĐ-TTr","issuedOn":"%s","leadInspector":"inspector-%s"}"""
                .formatted(TODAY.minusDays(55), UUID.randomUUID())));
        ok(commands.post(inspection + "announcement", "{\"announcedOn\":\"%s\"}".formatted(TODAY.minusDays(50))));
        ok(commands.post(inspection + "fieldwork/start", "{\"on\":\"%s\"}".formatted(TODAY.minusDays(49))));
        ok(commands.post(inspection + "findings", """
                {"category":"WAGES_LATE_OR_SHORT","legalBasis":"Labor Code 45/2019 Art 94","description":"Late",
                 "workersAffected":10,"amountOwed":1000000,"foundOn":"%s"}""".formatted(TODAY.minusDays(45))));
        String complaint = "/api/wage-complaints/" + created(commands.post("/api/wage-complaints", """
                {"province":"%s","enterpriseTaxCode":"%s","enterpriseName":"Công ty Giày",
                 "region":"I","complainant":"UNION","workersAffected":40,"summary":"Wages unpaid",
                 "receivedOn":"2026-03-02","reason":"Complaint received"}""".formatted(province, TAX)));
        ok(commands.post(complaint + "/triage/complaint", "{\"triagedOn\":\"2026-03-03\"}"));
        ok(commands.post(complaint + "/acceptance", "{\"acceptedOn\":\"2026-03-05\"}"));
        ok(commands.post(complaint + "/claim-lines", """
                {"kind":"WAGES","periodFrom":"2026-01","periodTo":"2026-01","principal":200000000,
                 "dueOn":"2026-02-05","monthlyWagePerWorker":5000000}"""));
        return dispute;
    }

    /** The deadlines of the mediator of this test's dispute in {@code province}. */
    private static String radar(Province province) {
        return "/api/deadlines?withinWorkingDays=60&assignee=" + MEDIATOR + "-" + province;
    }

    private static String frozen(Province province, int year, String[] reader) {
        Http.Response response = queries.post("/api/reports/coordination", freeze(province, year), reader);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static String freeze(Province province, int year) {
        return "{\"year\":%d,\"half\":\"YEAR\",\"province\":%s}"
                .formatted(year, province == null ? "null" : "\"" + province + "\"");
    }

    /** The answer for a case outside the jurisdiction is the answer for an id nobody has, but the id. */
    private static void assertUnknown(Http.Response outside, Http.Response unknown) {
        assertThat(outside.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        JsonNode body = outside.json();
        assertThat(body.get("type")).isEqualTo(unknown.json().get("type"));
        assertThat(body.get("title")).isEqualTo(unknown.json().get("title"));
        assertThat(fieldNames(body)).isEqualTo(fieldNames(unknown.json()));
    }

    private static List<String> fieldNames(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode get(String path, String[] reader) {
        Http.Response response = queries.get(path, reader);
        assertThat(response.status()).as(path + ": " + response.raw().body()).isEqualTo(200);
        return response.json();
    }

    private static long total(JsonNode page) {
        return page.get("total").asLong();
    }

    private static List<String> provinces(JsonNode rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.get("province").asText()).toList();
    }

    private static List<String> ids(JsonNode rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.get("caseId").asText()).toList();
    }

    private static List<String> assignees(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(row -> row.get("assignee").asText())
                .toList();
    }

    private static long openCases(JsonNode profile) {
        return profile.get("openCases").asLong();
    }

    private static long inspections(JsonNode coverage) {
        return coverage.get("totals").get("inspections").asLong();
    }
}
