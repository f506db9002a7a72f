package vn.laborcases.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laborcases.testsupport.Http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An inspection built through a dozen commands and a wage complaint against the same
 * enterprise, read back by an auditor: the inspection's history from the event store (every
 * event in order, the full envelope, a sentence; pages, NDJSON and CSV holding the same events),
 * and the global trail filtered by actor, role, time on both axes, enterprise, case type and
 * action ("every sanction amended in the month"), page by page. Assertions stay within this
 * test's own random tax code, since other tests share the apps and the database.
 */
class AuditIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final LocalDate AMENDED_ON = TODAY.minusDays(8);
    private static final String TAX = "08" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    private static final String CORRELATION = "audit-it-" + UUID.randomUUID();
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final List<String> INSPECTION_ACTIONS = List.of("InspectionStarted", "InspectionDecisionIssued",
            "InspectionAnnounced", "FieldworkStarted", "FindingRecorded", "FieldworkEnded", "ResultsReportSubmitted",
            "DraftConclusionRecorded", "DraftConclusionAppraised", "InspectionConclusionIssued", "SanctionImposed",
            "SanctionAmended", "FinePaid");
    private static final Instant STARTED = Instant.now().minus(1, ChronoUnit.MINUTES);
    private static Http commands;
    private static Http queries;
    private static String inspection;
    private static String complaint;

    @BeforeAll
    static void recordCases() {
        commands = SharedApps.commands();
        queries = SharedApps.queries();
        inspection = inspection();
        var registered = commands.post("/api/wage-complaints", """
                {"province":"CA_MAU","enterpriseTaxCode":"%s","enterpriseName":"Công ty Kiểm Toán","region":"I",
                 "complainant":"UNION","workersAffected":12,"summary":"Wages unpaid","receivedOn":"%s"}"""
                .formatted(TAX, TODAY.minusDays(2)));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        complaint = registered.json().get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> trail("taxCode=" + TAX).size()
                == total(inspection) + total(complaint));
    }

    @Test
    void theHistoryShowsEveryEventInOrderWithItsEnvelopeAndASentence() {
        JsonNode history = ok(queries.get("/audit/cases/" + inspection + "/history?limit=200"));
        List<JsonNode> items = list(history.get("items"));
        assertThat(history.get("total").asLong()).isEqualTo(items.size());
        assertThat(history.get("nextFromSequence").isNull()).isTrue();
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.get(i).get("sequenceNumber").asLong()).isEqualTo(i);
            if (i > 0) {
                assertThat(items.get(i).get("globalIndex").asLong())
                        .isGreaterThan(items.get(i - 1).get("globalIndex").asLong());
            }
        }
        List<JsonNode> inspectors = items.stream().filter(e -> !"SYSTEM".equals(e.get("role").asText())).toList();
        assertThat(inspectors).extracting(e -> e.get("action").asText()).containsExactlyElementsOf(INSPECTION_ACTIONS);
        for (JsonNode entry : inspectors) {
            assertThat(entry.get("actor").asText()).isEqualTo("tester");
            assertThat(entry.get("role").asText()).isEqualTo("INSPECTOR");
            assertThat(entry.get("eventType").asText()).isEqualTo(entry.get("action").asText() + "Event");
            assertThat(entry.get("caseNumber").asText()).startsWith("IN-");
            assertThat(entry.get("caseType").asText()).isEqualTo("INSPECTION");
            for (String field : List.of("eventId", "recordedAt", "businessTime", "commandId", "commandName",
                    "correlationId", "causationId")) {
                assertThat(entry.get(field).isTextual()).as(field + " of " + entry.get("action")).isTrue();
            }
            assertThat(entry.get("sentence").asText()).startsWith("Inspector tester ").endsWith(".");
        }

        JsonNode opened = inspectors.get(0);
        assertThat(opened.get("reason").asText()).isEqualTo("Annual plan");
        assertThat(opened.get("legalBasis").asText()).isEqualTo("Law on Inspection 84/2025/QH15");
        assertThat(opened.get("documentHashes")).extracting(JsonNode::asText).containsExactly(SHA);
        assertThat(opened.get("ruleSetVersion").isTextual()).isTrue();
        assertThat(opened.get("businessTime").asText()).startsWith(TODAY.minusDays(60) + "T00:00+07:00");
        assertThat(opened.get("commandName").asText()).endsWith("StartInspectionCommand");
        assertThat(opened.get("sentence").asText()).contains("opened inspection " + opened.get("caseNumber").asText(),
                "Công ty Kiểm Toán (" + TAX + ", Cà Mau)");

        JsonNode amended = inspectors.get(11);
        assertThat(amended.get("correlationId").asText()).isEqualTo(CORRELATION);
        assertThat(amended.get("reason").asText()).isEqualTo("Mitigating circumstances");
        assertThat(amended.get("businessTime").asText()).startsWith(AMENDED_ON.toString());
        assertThat(amended.get("payload").get("currentAmount").asLong()).isEqualTo(45_000_000L);
        assertThat(amended.get("sentence").asText()).contains("55,000,000 VND to 45,000,000 VND",
                "by amendment on " + AMENDED_ON.getDayOfMonth() + " ");
        assertThat(amended.get("corrects").isNull()).isTrue();
        assertThat(amended.get("correctedBy")).isEmpty();
    }

    @Test
    void theHistoryPagesBySequenceAndExportsTheSameEvents() {
        List<String> all = list(ok(queries.get("/audit/cases/" + inspection + "/history?limit=200")).get("items"))
                .stream().map(e -> e.get("eventId").asText()).toList();

        JsonNode first = ok(queries.get("/audit/cases/" + inspection + "/history?limit=5"));
        assertThat(first.get("items")).hasSize(5);
        assertThat(first.get("nextFromSequence").asLong()).isEqualTo(5);
        JsonNode second = ok(queries.get("/audit/cases/" + inspection + "/history?limit=5&fromSequence=5"));
        assertThat(second.get("items").get(0).get("eventId").asText()).isEqualTo(all.get(5));

        var ndjson = queries.get("/audit/cases/" + inspection + "/history", "Accept", "application/x-ndjson");
        assertThat(ndjson.status()).isEqualTo(200);
        assertThat(ndjson.contentType()).startsWith("application/x-ndjson");
        assertThat(ndjsonIds(ndjson.raw().body())).isEqualTo(all);
        assertThat(ndjsonIds(queries.get("/audit/cases/" + inspection + "/history?format=ndjson").raw().body()))
                .isEqualTo(all);

        var csv = queries.get("/audit/cases/" + inspection + "/history?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.raw().body().split("\r\n");
        assertThat(lines[0]).startsWith("globalIndex,sequenceNumber,eventId,caseId,caseType,caseNumber,eventType");
        assertThat(Arrays.stream(lines).skip(1).map(line -> line.split(",")[2]).toList()).isEqualTo(all);
    }

    @Test
    void anUnknownCaseIsNotFoundAndABadOneRefused() {
        var unknown = queries.get("/audit/cases/" + UUID.randomUUID() + "/history");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(queries.get("/audit/cases/" + UUID.randomUUID() + "/history?format=csv").status()).isEqualTo(404);
        assertThat(queries.get("/audit/cases/not-a-case/history").status()).isEqualTo(400);
        assertThat(queries.get("/audit/cases/" + inspection + "/history?fromSequence=-1").status()).isEqualTo(400);
    }

    @Test
    void theTrailFiltersByActorRoleEnterpriseCaseTypeAndAction() {
        int all = trail("taxCode=" + TAX).size();
        assertThat(trail("taxCode=" + TAX + "&actor=tester")).hasSize(all);
        assertThat(trail("taxCode=" + TAX + "&actor=someone-else")).isEmpty();
        assertThat(trail("taxCode=" + TAX + "&role=INSPECTOR")).hasSize(all);
        assertThat(trail("taxCode=" + TAX + "&role=SYSTEM")).isEmpty();
        assertThat(trail("taxCode=" + TAX + "&caseType=WAGE_ARREARS")).extracting(e -> e.get("caseId").asText())
                .containsOnly(complaint);
        assertThat(trail("taxCode=" + TAX + "&province=CA_MAU")).hasSize(all);
        assertThat(trail("taxCode=" + TAX + "&action=SanctionImposed,FinePaid")).extracting(e -> e.get("action")
                .asText()).containsExactly("FinePaid", "SanctionImposed");

        // Every sanction amended by anyone in the month of the amendment, by when it happened.
        LocalDate month = AMENDED_ON.withDayOfMonth(1);
        String inMonth = "action=SanctionAmended&axis=business&from=" + month + "&to=" + month.plusMonths(1).minusDays(1);
        List<JsonNode> amended = trail(inMonth + "&taxCode=" + TAX);
        assertThat(amended).hasSize(1);
        assertThat(amended.get(0).get("caseId").asText()).isEqualTo(inspection);
        assertThat(amended.get(0).get("sentence").asText()).contains("55,000,000 VND to 45,000,000 VND");
        assertThat(trail(inMonth)).extracting(e -> e.get("eventId").asText())
                .contains(amended.get(0).get("eventId").asText());
        assertThat(trail("action=SanctionAmended&axis=business&from=" + AMENDED_ON.plusDays(1) + "&taxCode=" + TAX))
                .isEmpty();
        assertThat(trail("axis=business&to=" + TODAY.minusDays(61) + "&taxCode=" + TAX)).isEmpty();
        assertThat(trail("axis=business&from=" + TODAY.minusDays(60) + "&to=" + TODAY.minusDays(60) + "&taxCode=" + TAX))
                .extracting(e -> e.get("action").asText()).containsExactly("InspectionStarted");

        // By when it was recorded: all of it during this test run, none before.
        String since = URLEncoder.encode(STARTED.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime().toString(),
                StandardCharsets.UTF_8);
        assertThat(trail("from=" + since + "&taxCode=" + TAX)).hasSize(all);
        assertThat(trail("to=" + since + "&taxCode=" + TAX)).isEmpty();
    }

    @Test
    void theTrailPagesByCursorEitherWayAndExportsTheWholeResult() {
        List<String> newestFirst = trail("taxCode=" + TAX).stream().map(e -> e.get("eventId").asText()).toList();
        List<String> pages = new ArrayList<>();
        String query = "/audit/events?order=asc&limit=4&taxCode=" + TAX;
        int pageCount = 0;
        while (query != null) {
            JsonNode page = ok(queries.get(query));
            assertThat(page.get("items").size()).isLessThanOrEqualTo(4);
            page.get("items").forEach(e -> pages.add(e.get("eventId").asText()));
            query = page.get("nextAfter").isNull() ? null
                    : "/audit/events?order=asc&limit=4&taxCode=" + TAX + "&after=" + page.get("nextAfter").asLong();
            if (query != null) {
                assertThat(page.get("next").asText()).contains("after=" + page.get("nextAfter").asLong());
            }
            pageCount++;
        }
        assertThat(pageCount).isGreaterThan(3);
        List<String> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        assertThat(pages).isEqualTo(oldestFirst);

        var ndjson = queries.get("/audit/events?taxCode=" + TAX, "Accept", "application/x-ndjson");
        assertThat(ndjson.contentType()).startsWith("application/x-ndjson");
        assertThat(ndjsonIds(ndjson.raw().body())).isEqualTo(newestFirst);
        var csv = queries.get("/audit/events?format=csv&order=asc&taxCode=" + TAX);
        assertThat(csv.raw().body().split("\r\n")).hasSize(1 + newestFirst.size());
    }

    @Test
    void badTrailFiltersAreRefusedWithWhatIsAllowed() {
        var unknown = queries.get("/audit/events?action=SanctionRevoked");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asText()).contains("Unknown action 'SanctionRevoked'", "such as");
        for (String bad : List.of("from=2026-04-01&to=2026-03-01", "from=2026-02-30", "to=yesterday",
                "axis=occurred", "order=sideways", "format=xml", "limit=201", "caseType=LAWSUIT", "taxCode=12")) {
            var response = queries.get("/audit/events?" + bad);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.contentType()).as(bad).startsWith("application/problem+json");
        }
        assertThat(ok(queries.get("/audit/actions"))).extracting(JsonNode::asText)
                .contains("SanctionAmended", "PaymentRecorded");
    }

    @Test
    void aRebuildReproducesTheTrail() throws SQLException {
        ProjectionRebuild.awaitCaughtUp(SharedApps.querySide(), "audit-trail");
        List<List<String>> before = trailRows();
        assertThat(before).hasSizeGreaterThan(INSPECTION_ACTIONS.size());
        ProjectionRebuild.rebuild(SharedApps.querySide(), "audit-trail");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(trailRows()).isEqualTo(before));
    }

    private static List<List<String>> trailRows() throws SQLException {
        return ProjectionRebuild.rows("SELECT * FROM audit_trail WHERE tax_code = '" + TAX + "' ORDER BY global_index");
    }

    private static String inspection() {
        var inspection = InspectionCommands.concluded(commands, TAX, "Công ty Kiểm Toán", 60, 300_000_000L, """
                "reason":"Annual plan","legalBasis":"Law on Inspection 84/2025/QH15",
                "documents":[{"title":"Annual plan 2026","sha256":"%s"}]""".formatted(SHA), TODAY);
        String path = inspection.path();
        String sanctionId = InspectionCommands.amendedFine(commands, inspection, 55_000_000L, 45_000_000L, AMENDED_ON,
                TODAY, "X-Correlation-Id", CORRELATION);
        ok(commands.post(path + "sanctions/" + sanctionId + "/payments",
                "{\"amount\":40000000,\"paidOn\":\"%s\"}".formatted(TODAY.minusDays(4))));
        return inspection.id();
    }

    /** Every trail entry matching the query, newest first, from one page of at most 200. */
    private static List<JsonNode> trail(String query) {
        JsonNode page = ok(queries.get("/audit/events?limit=200&" + query));
        assertThat(page.get("nextAfter").isNull()).as("one page holds this test's events").isTrue();
        return list(page.get("items"));
    }

    private static long total(String caseId) {
        return ok(queries.get("/audit/cases/" + caseId + "/history?limit=1")).get("total").asLong();
    }

    private static List<String> ndjsonIds(String body) {
        List<String> ids = new ArrayList<>();
        for (String line : body.split("\n")) {
            try {
                ids.add(JSON.readTree(line).get("eventId").asText());
            } catch (IOException e) {
                throw new UncheckedIOException("Not a JSON line: " + line, e);
            }
        }
        return ids;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.json();
    }
}
