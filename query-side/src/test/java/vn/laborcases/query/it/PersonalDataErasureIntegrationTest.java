package vn.laborcases.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.laborcases.testsupport.Http;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crypto-shredding end to end: a complaint naming two workers goes through its lifecycle; the
 * event store never holds their names or ID numbers in clear, nor of a third worker named later; an auditor (the default reader)
 * reads them everywhere; one worker is erased, and from then on no view on either app shows
 * that worker's name or ID number, while the other worker and everything else about the case
 * are unchanged. The reads in clear are recorded.
 */
class PersonalDataErasureIntegrationTest {

    private static final String TAX = "07" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    private static final String ERASED_NAME = "Pham Van Erased" + token();
    private static final String ERASED_ID = twelveDigits();
    private static final String KEPT_NAME = "Vo Thi Kept" + token();
    private static final String KEPT_ID = twelveDigits();
    private static final String LATER_NAME = "Dang Van Later" + token();
    private static final String LATER_ID = twelveDigits();
    private static Http commands;
    private static Http queries;
    private static String path;
    private static String complaint;
    private static String erasedSubject;
    private static String keptSubject;

    @BeforeAll
    static void complaintWithTwoNamedWorkers() {
        commands = SharedApps.commands();
        queries = SharedApps.queries();
        var registered = commands.post("/api/wage-complaints", """
                {"province":"DONG_NAI","enterpriseTaxCode":"%s","enterpriseName":"Công ty Dệt Bảo Mật","region":"I",
                 "complainant":"WORKER","workersAffected":3,"summary":"January wages unpaid","receivedOn":"2026-03-02",
                 "workers":[{"name":"%s","idNumber":"%s","phone":"0901234567"},
                            {"name":"%s","idNumber":"%s"}]}"""
                .formatted(TAX, ERASED_NAME, ERASED_ID, KEPT_NAME, KEPT_ID));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        complaint = registered.json().get("id").asText();
        erasedSubject = registered.json().at("/workers/0/subjectId").asText();
        keptSubject = registered.json().at("/workers/1/subjectId").asText();
        path = "/api/wage-complaints/" + complaint;
        ok(commands.post(path + "/workers", """
                {"namedOn":"2026-03-03","workers":[{"name":"%s","idNumber":"%s"}]}""".formatted(LATER_NAME, LATER_ID)));
        var tooMany = commands.post(path + "/workers", """
                {"namedOn":"2026-03-03","workers":[{"name":"Nguoi Thu Tu","idNumber":"079000000004"}]}""");
        assertThat(tooMany.status()).as(tooMany.raw().body()).isEqualTo(409);
        ok(commands.post(path + "/triage/complaint", "{\"triagedOn\":\"2026-03-03\"}"));
        ok(commands.post(path + "/acceptance", "{\"acceptedOn\":\"2026-03-05\"}"));
        ok(commands.post(path + "/claim-lines", """
                {"kind":"WAGES","periodFrom":"2026-01","periodTo":"2026-01","principal":20000000,
                 "dueOn":"2026-02-05","monthlyWagePerWorker":10000000}"""));
        ok(commands.post(path + "/employer-notice", "{\"notifiedOn\":\"2026-03-09\",\"channel\":\"Letter\"}"));
        ok(commands.post(path + "/determination", "{\"determinedOn\":\"2026-03-20\"}"));
        ok(commands.post(path + "/payments", "{\"paidOn\":\"2026-04-15\",\"amount\":15000000,\"reference\":\"UNC 7\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> queries.get("/api/cases/" + complaint).status() == 200
                && queries.get("/api/enterprises/" + TAX).status() == 200
                && queries.get("/audit/events?taxCode=" + TAX).json().get("items").size() == events());
    }

    @Test
    void oneWorkerErasedIsGoneFromEveryViewWhileTheCaseAndTheOtherWorkerStayIntact() throws SQLException {
        assertNoClearTextInTheEventStore();
        JsonNode before = ok(commands.get(path));
        assertThat(before.get("workers").toString()).contains(ERASED_NAME, ERASED_ID, KEPT_NAME, KEPT_ID);
        assertThat(history()).contains(ERASED_NAME, ERASED_ID, KEPT_NAME);
        long eventsBefore = events();

        JsonNode erasure = ok(commands.post("/api/personal-data/subjects/" + erasedSubject + "/erasure",
                "{\"reason\":\"The worker asked for erasure (Decree 13/2023 Art 16)\"}"));
        assertThat(erasure.get("erased").asBoolean()).isTrue();

        JsonNode after = ok(commands.get(path));
        assertThat(after.at("/workers/0/erased").asBoolean()).isTrue();
        assertThat(after.at("/workers/0/subjectId").asText()).isEqualTo(erasedSubject);
        assertThat(after.at("/workers/1/name").asText()).isEqualTo(KEPT_NAME);
        for (String field : List.of("status", "version", "owed", "paid", "outstanding", "lines", "deadlines",
                "caseNumber", "workersAffected")) {
            assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
        }
        assertThat(events()).isEqualTo(eventsBefore);
        String now = Instant.now().toString();
        List<String> views = List.of(
                history(),
                body(queries.get("/audit/cases/" + complaint + "/history?format=ndjson")),
                body(queries.get("/audit/cases/" + complaint + "/history?format=csv")),
                body(queries.get("/audit/events?taxCode=" + TAX)),
                body(queries.get("/audit/events?taxCode=" + TAX + "&format=csv")),
                body(queries.get("/api/cases/" + complaint)),
                body(queries.get("/api/cases?limit=200")),
                body(queries.get("/api/arrears?taxCode=" + TAX)),
                body(queries.get("/api/enterprises/" + TAX)),
                after.toString(),
                body(commands.get("/audit/cases/" + complaint + "/state?asRecordedAt=" + now)));
        for (String view : views) {
            assertThat(view).doesNotContain(ERASED_NAME, ERASED_ID);
        }
        assertThat(history()).contains(KEPT_NAME, KEPT_ID, LATER_NAME, LATER_ID, "\"erased\":true");
        assertThat(after.at("/workers/2/name").asText()).isEqualTo(LATER_NAME);
        assertThat(views.get(views.size() - 1)).contains(KEPT_NAME);
        assertNoClearTextInTheEventStore();

        JsonNode reads = ok(commands.get("/api/personal-data/accesses?subjectId=" + keptSubject + "&limit=200"));
        assertThat(reads.get("items").findValuesAsText("purpose"))
                .anyMatch(purpose -> purpose.startsWith("GET /api/wage-complaints/" + complaint))
                .anyMatch(purpose -> purpose.equals("history of case " + complaint));
        assertThat(reads.get("items").findValuesAsText("role")).contains("AUDITOR");
        JsonNode erasedReads = ok(commands.get("/api/personal-data/accesses?subjectId=" + erasedSubject
                + "&limit=200"));
        int readsOfTheErased = erasedReads.get("items").size();
        ok(commands.get(path));
        assertThat(ok(commands.get("/api/personal-data/accesses?subjectId=" + erasedSubject + "&limit=200"))
                .get("items").size()).as("nothing is read of an erased worker").isEqualTo(readsOfTheErased);
    }

    @Test
    void anUnknownSubjectCannotBeErasedAndAWorkerNeedsATwelveDigitIdNumber() {
        assertThat(commands.post("/api/personal-data/subjects/" + java.util.UUID.randomUUID() + "/erasure",
                "{\"reason\":\"asked\"}").status()).isEqualTo(404);
        assertThat(commands.post("/api/personal-data/subjects/" + keptSubject + "/erasure", "{}").status())
                .isEqualTo(400);
        var refused = commands.post("/api/wage-complaints", """
                {"province":"DONG_NAI","enterpriseTaxCode":"%s","enterpriseName":"Công ty Dệt Bảo Mật","region":"I",
                 "complainant":"WORKER","workersAffected":1,"summary":"Wages unpaid","receivedOn":"2026-03-02",
                 "workers":[{"name":"A","idNumber":"12345"}]}""".formatted(TAX));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw().body()).contains("12 digits");
    }

    private static void assertNoClearTextInTheEventStore() throws SQLException {
        try (Connection db = SharedApps.DATABASE.connect()) {
            for (String sql : List.of(
                    "SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?"
                            + " OR convert_from(meta_data, 'UTF8') LIKE ?",
                    "SELECT count(*) FROM snapshot_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?"
                            + " OR convert_from(meta_data, 'UTF8') LIKE ?")) {
                for (String secret : List.of(ERASED_NAME, ERASED_ID, KEPT_NAME, KEPT_ID, LATER_NAME, LATER_ID)) {
                    try (PreparedStatement query = db.prepareStatement(sql)) {
                        query.setString(1, "%" + secret + "%");
                        query.setString(2, "%" + secret + "%");
                        try (ResultSet rows = query.executeQuery()) {
                            rows.next();
                            assertThat(rows.getLong(1)).as(sql + " finds " + secret).isZero();
                        }
                    }
                }
            }
            try (PreparedStatement query = db.prepareStatement("SELECT count(*) FROM domain_event_entry"
                    + " WHERE aggregate_identifier = ? AND payload_type LIKE '%WorkersNamedEvent'")) {
                query.setString(1, complaint);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    assertThat(rows.getLong(1)).as("named on registration, then one more").isEqualTo(2);
                }
            }
        }
    }

    private static long events() {
        return ok(queries.get("/audit/cases/" + complaint + "/history?limit=1")).get("total").asLong();
    }

    private static String history() {
        return body(queries.get("/audit/cases/" + complaint + "/history?limit=200"));
    }

    private static String body(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.raw().body();
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.json();
    }

    private static String token() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }

    private static String twelveDigits() {
        return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
    }
}
