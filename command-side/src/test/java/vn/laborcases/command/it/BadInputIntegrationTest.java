package vn.laborcases.command.it;

import vn.laborcases.testsupport.Http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jakarta.validation.ValidatorFactory;

import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.it.DisputeRequestsJson.TODAY;
import static vn.laborcases.command.it.DisputeRequestsJson.dated;
import static vn.laborcases.command.it.DisputeRequestsJson.individualDispute;

/** Bad input is answered with a 4xx problem a person can act on, and writes nothing. */
class BadInputIntegrationTest {

    private final Http http = SharedCommandSide.http();

    @ParameterizedTest
    @ValueSource(strings = {
            "{not json",
            "[]",
            "{}",
            "{\"kind\":\"INDIVIDUAL\"}",
            "{\"kind\":\"PERSONAL\",\"province\":\"HO_CHI_MINH\"}",
            "{\"kind\":\"INDIVIDUAL\",\"province\":\"ATLANTIS\",\"employerTaxCode\":\"0312345678\",\"employerName\":\"A\",\"requestedBy\":\"WORKER_SIDE\",\"summary\":\"s\",\"discoveredOn\":\"2026-01-01\",\"receivedOn\":\"2026-01-02\"}",
            "{\"kind\":\"INDIVIDUAL\",\"province\":\"HO_CHI_MINH\",\"employerTaxCode\":\"12345\",\"employerName\":\"A\",\"requestedBy\":\"WORKER_SIDE\",\"summary\":\"s\",\"discoveredOn\":\"2026-01-01\",\"receivedOn\":\"2026-01-02\"}",
            "{\"kind\":\"INDIVIDUAL\",\"province\":\"HO_CHI_MINH\",\"employerTaxCode\":\"0312345678\",\"employerName\":\"A\",\"requestedBy\":\"WORKER_SIDE\",\"summary\":\"s\",\"discoveredOn\":\"2026-02-30\",\"receivedOn\":\"2026-01-02\"}",
            "{\"kind\":\"INDIVIDUAL\",\"province\":\"HO_CHI_MINH\",\"employerTaxCode\":\"0312345678\",\"employerName\":\"A\",\"requestedBy\":\"WORKER_SIDE\",\"summary\":\"s\",\"discoveredOn\":\"2026-01-05\",\"receivedOn\":\"2026-01-02\"}",
            "{\"kind\":\"INDIVIDUAL\",\"province\":\"HO_CHI_MINH\",\"employerTaxCode\":\"0312345678\",\"employerName\":\"A\",\"requestedBy\":\"WORKER_SIDE\",\"summary\":\"s\",\"discoveredOn\":\"2026-01-01\",\"receivedOn\":\"2999-01-02\"}",
            "{\"kind\":\"INDIVIDUAL\",\"province\":\"HO_CHI_MINH\",\"employerTaxCode\":\"0312345678\",\"employerName\":\"A\",\"requestedBy\":\"WORKER_SIDE\",\"summary\":\"s\",\"discoveredOn\":\"2026-01-01\",\"receivedOn\":\"2026-01-02\",\"surprise\":1}",
            "{\"kind\":\"INDIVIDUAL\",\"province\":\"HO_CHI_MINH\",\"employerTaxCode\":\"0312345678\",\"employerName\":\"A\",\"requestedBy\":\"WORKER_SIDE\",\"summary\":\"s\",\"discoveredOn\":\"2026-01-01\",\"receivedOn\":\"2026-01-02\",\"workersInvolved\":-4}",
            "{\"kind\":\"INDIVIDUAL\",\"province\":\"HO_CHI_MINH\",\"employerTaxCode\":\"0312345678\",\"employerName\":\"A\",\"requestedBy\":\"WORKER_SIDE\",\"summary\":\"s\",\"discoveredOn\":\"2026-01-01\",\"receivedOn\":\"2026-01-02\",\"documents\":[{\"title\":\"x\",\"sha256\":\"not-a-hash\"}]}"
    })
    void invalidFilings_areRefusedWith400AndWriteNothing(String body) {
        long before = StoredEvents.count(SharedCommandSide.DATABASE);

        var response = http.post("/api/disputes", body);

        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).isNotBlank();
        assertThat(StoredEvents.count(SharedCommandSide.DATABASE)).isEqualTo(before);
    }

    @Test
    void pastOrPresentDates_areJudgedByTheCalendarInVietnam_whateverTheServersZone() {
        // Between 17:00 and 24:00 UTC, today in Hanoi is tomorrow in UTC.
        var validation = SharedCommandSide.bean(ValidatorFactory.class);

        assertThat(validation.getClockProvider().getClock().getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Test
    void unknownCase_is404() {
        var response = http.post("/api/disputes/" + UUID.randomUUID() + "/mediator",
                dated("assignedOn", TODAY, "\"mediatorId\":\"m\""));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void readingAnUnknownCase_is404() {
        var response = http.get("/api/disputes/" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theIdOfAnotherKindOfCase_is404OnReadAndOnWrite() {
        String stoppage = http.post("/api/work-stoppages", """
                {"province":"BAC_NINH","employerTaxCode":"2300123456","employerName":"E","workersInvolved":3,
                 "demands":["Bonus"],"startedOn":"%s"}""".formatted(TODAY)).json().get("id").asText();
        long before = StoredEvents.count(SharedCommandSide.DATABASE);

        assertThat(http.get("/api/disputes/" + stoppage).status()).isEqualTo(404);
        assertThat(http.post("/api/disputes/" + stoppage + "/mediator",
                dated("assignedOn", TODAY, "\"mediatorId\":\"m\"")).status()).isEqualTo(404);
        assertThat(StoredEvents.count(SharedCommandSide.DATABASE)).isEqualTo(before);
    }

    @Test
    void malformedCaseId_is400() {
        assertThat(http.get("/api/disputes/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void brokenRule_is409NamingTheArticle_andWritesNothing() {
        String id = http.post("/api/disputes", individualDispute(TODAY.minusDays(10), TODAY.minusDays(5)))
                .json().get("id").asText();
        long before = StoredEvents.count(SharedCommandSide.DATABASE);

        var response = http.post("/api/disputes/" + id + "/arbitration",
                dated("requestedOn", TODAY, "\"workerSideConsents\":true,\"employerSideConsents\":false"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("article").asText()).contains("Art 189");
        assertThat(StoredEvents.count(SharedCommandSide.DATABASE)).isEqualTo(before);
    }

    @Test
    void timeBarredFiling_is409WithTheLimitDate() {
        var response = http.post("/api/disputes", individualDispute(TODAY.minusMonths(8), TODAY.minusDays(1)));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("article").asText()).contains("Art 190");
        assertThat(response.json().get("detail").asText()).contains("timeBarOverride");
    }

    @Test
    void malformedIfMatch_is400() {
        String id = http.post("/api/disputes", individualDispute(TODAY.minusDays(10), TODAY.minusDays(5)))
                .json().get("id").asText();

        var response = http.post("/api/disputes/" + id + "/mediator",
                dated("assignedOn", TODAY, "\"mediatorId\":\"m\""), "If-Match", "version three");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains("If-Match");
    }

    /** Found by HostileInputIntegrationTest: each was a 500, an HTML page or Boot's error JSON. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/disputes/%00", "/api/disputes/%5C/closure", "/api/disputes/a%2Fb", "/api/disputes/../x",
            "/api/disputes/1%2520OR"})
    void aPathTheServerRefusesUnread_isAProblemNotAPage(String path) {
        var response = http.get(path);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).endsWith("/rejected-request");
    }

    /** The firewall's header check (HeaderCharacters in the security module) still refuses a control character in a header that is read. */
    @Test
    void aControlCharacterInAHeaderTheAppReads_is400AndWritesNothing() {
        long before = StoredEvents.count(SharedCommandSide.DATABASE);

        var response = http.send("POST", "/api/disputes", individualDispute(TODAY, TODAY), "Idempotency-Key", "a\u0085b");

        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(StoredEvents.count(SharedCommandSide.DATABASE)).isEqualTo(before);
    }

    @Test
    void aMultipartBody_is415NotA500() {
        var response = http.send("POST", "/api/disputes", "{}", "Content-Type", "multipart/form-data");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aParameterGivenTwiceOrOfTheWrongType_isExplainedWithoutJavaNames() {
        var twice = http.get("/audit/integrity-checks?limit=1e400&limit=-1");
        var wrongType = http.get("/audit/anchors?from=2026-02-30&to=2026-03-01");

        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("detail").asText()).isEqualTo("'limit' must be a whole number in range, given once; got '1e400', '-1'.");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("detail").asText())
                .isEqualTo("'from' must be a date as YYYY-MM-DD; got '2026-02-30'.");
    }

    /** Found by fuzzing: accepted, it made every projection fail on the event and skip it. */
    @Test
    void aNulCharacterInFreeText_is400AndWritesNothing() {
        long before = StoredEvents.count(SharedCommandSide.DATABASE);
        String body = individualDispute(TODAY, TODAY).replaceFirst("\"employerName\":\"", "\"employerName\":\"A\\\\u0000");

        var response = http.post("/api/disputes", body);

        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains("NUL character");
        assertThat(StoredEvents.count(SharedCommandSide.DATABASE)).isEqualTo(before);
    }
}
