package vn.laborcases.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.laborcases.testsupport.Http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.it.ArrearsRequestsJson.PATH;
import static vn.laborcases.command.it.ArrearsRequestsJson.complaint;

/**
 * One wage-arrears complaint built over HTTP across five months of business time, with a
 * payment recorded late and a claim line corrected late, rebuilt at four record times and four business dates, each state
 * checked field by field; and the changes between two moments of each axis.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PointInTimeIntegrationTest {

    private static final long WAGES = 200_000_000L;
    /** The wages line as corrected late: its record said 200 M, the payroll shows 180 M. */
    private static final long WAGES_CORRECTED = 180_000_000L;
    private static final long SI = 120_000_000L;

    private final Http http = SharedCommandSide.http();
    private String id;
    /** Before the case, then after acceptance, after determination, after the July payment, at the end. */
    private Instant t0;
    private Instant t1;
    private Instant t2;
    private Instant t3;
    private Instant t4;

    @BeforeAll
    void buildTheCaseOverFiveMonths() {
        t0 = Instant.now();
        var registered = http.post(PATH, complaint("2026-03-02"));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        id = registered.json().get("id").asText();
        step("triage/complaint", "{\"triagedOn\":\"2026-03-03\"}");                      // 1
        step("acceptance", "{\"acceptedOn\":\"2026-03-05\"}");                           // 2
        t1 = Instant.now();
        step("claim-lines", """
                {"kind":"WAGES","periodFrom":"2026-01","periodTo":"2026-01","principal":200000000,
                 "dueOn":"2026-02-05","monthlyWagePerWorker":5000000,"claimedOn":"2026-03-06"}""");  // 3
        step("claim-lines", """
                {"kind":"SOCIAL_INSURANCE","periodFrom":"2026-03","periodTo":"2026-03","principal":120000000,
                 "dueOn":"2026-04-30","claimedOn":"2026-03-06"}""");                       // 4
        step("employer-notice", "{\"notifiedOn\":\"2026-03-09\",\"channel\":\"Letter\"}"); // 5
        step("determination", "{\"determinedOn\":\"2026-03-20\"}");                       // 6
        t2 = Instant.now();
        step("payments", "{\"paidOn\":\"2026-07-15\",\"amount\":120000000,\"reference\":\"UNC 0715\"}"); // 7: SI first
        t3 = Instant.now();
        // Recorded after the July payment, though paid in June: a late entry.
        step("payments", "{\"paidOn\":\"2026-06-10\",\"amount\":50000000,\"reference\":\"UNC 0610\"}");  // 8: wages
        // A late correction: the wages line was 180 M, not 200 M. It takes the line's business time, 6 March.
        step("claim-lines/1/corrections", """
                {"principal":180000000,"reason":"The payroll shows 180 M for January"}""");   // 9
        step("payments", "{\"paidOn\":\"2026-08-05\",\"amount\":130000000,\"reference\":\"UNC 0805\"}"); // 10
        step("closure", "{\"on\":\"2026-08-10\",\"reason\":\"Paid in full\"}");          // 11
        t4 = Instant.now();
    }

    // ---- as recorded: what the file said at T

    @Test
    void asRecordedAtT1_acceptedWithNoClaimYet() {
        JsonNode past = state("asRecordedAt=" + t1);
        assertThat(past.get("axis").asText()).isEqualTo("recorded");
        assertThat(instant(past.get("moment"))).isEqualTo(t1);
        assertThat(past.get("knownAt").isNull()).isTrue();
        assertRebuilt(past, 3, 2);
        JsonNode state = past.get("state");
        assertThat(state.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(deadlines(state)).containsExactly("FIRST_COMPLAINT_DECISION 2026-04-06");
        assertThat(state.get("lines")).isEmpty();
        assertThat(state.get("amountsDeterminedOn").isNull()).isTrue();
        assertMoney(state, 0, 0, 0);
    }

    @Test
    void asRecordedAtT2_claimDeterminedAndNothingPaid() {
        JsonNode state = rebuilt("asRecordedAt=" + t2, 7, 6);
        assertThat(state.get("lines").get(0).get("principal").asLong()).as("not yet corrected").isEqualTo(WAGES);
        assertThat(state.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(state.get("amountsDeterminedOn").asText()).isEqualTo("2026-03-20");
        assertThat(state.get("lines").get(0).get("belowMinimumWage").asBoolean()).isTrue();
        assertThat(state.get("lines").get(1).get("evasionFrom").asText()).isEqualTo("2026-06-30");
        assertClaim(state, WAGES, 0, 0);
    }

    @Test
    void asRecordedAtT3_theJulyPaymentWentToContributionsFirst_andTheJunePaymentIsNotYetOnFile() {
        JsonNode state = rebuilt("asRecordedAt=" + t3, 8, 7);
        assertClaim(state, WAGES, 0, SI);
    }

    @Test
    void asRecordedAtT4_closedAndPaid_exactlyWhatTheCurrentGetAnswers() {
        JsonNode state = rebuilt("asRecordedAt=" + t4, 12, 11);
        assertThat(state.get("status").asText()).isEqualTo("CLOSED");
        assertThat(state.get("deadlines")).isEmpty();
        assertClaim(state, WAGES_CORRECTED, WAGES_CORRECTED, SI);
        assertThat(state).isEqualTo(http.get(PATH + "/" + id).json());
    }

    // ---- as occurred: what was true on day D, as known now

    @Test
    void asOccurredOn5March_acceptedWithNoClaimYet() {
        JsonNode past = state("asOccurredAt=2026-03-05");
        assertThat(past.get("axis").asText()).isEqualTo("occurred");
        assertThat(past.get("moment").asText()).isEqualTo("2026-03-05T23:59:59.999999999+07:00");
        assertThat(instant(past.get("knownAt"))).isAfter(t4);
        assertRebuilt(past, 3, 2);
        JsonNode state = past.get("state");
        assertThat(state.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(state.get("lines")).isEmpty();
        assertMoney(state, 0, 0, 0);
    }

    @Test
    void asOccurredOn20March_claimedLinesDated6March_asCorrectedLater_andDetermined() {
        JsonNode state = rebuilt("asOccurredAt=2026-03-20", 8, 9);
        assertThat(state.get("amountsDeterminedOn").asText()).isEqualTo("2026-03-20");
        assertClaim(state, WAGES_CORRECTED, 0, 0);

        JsonNode knownAtT3 = state("asOccurredAt=2026-03-20&knownAt=" + t3);
        assertRebuilt(knownAtT3, 7, 6);
        assertClaim(knownAtT3.get("state"), WAGES, 0, 0);
    }

    @Test
    void asOccurredOn30June_theLateJunePaymentChangesThePast_thoughAtT3NobodyKnewIt() {
        JsonNode now = state("asOccurredAt=2026-06-30");
        assertThat(now.get("eventsApplied").asInt()).as("all but the July and August steps").isEqualTo(9);
        assertThat(now.get("lastSequenceNumber").asLong()).as("the correction is event 9").isEqualTo(9);
        assertThat(now.get("state").get("version").asLong()).isEqualTo(9);
        assertClaim(now.get("state"), WAGES_CORRECTED, 50_000_000L, 0);

        JsonNode knownAtT3 = state("asOccurredAt=2026-06-30&knownAt=" + t3);
        assertThat(instant(knownAtT3.get("knownAt"))).isEqualTo(t3);
        assertRebuilt(knownAtT3, 7, 6);
        assertClaim(knownAtT3.get("state"), WAGES, 0, 0);
    }

    @Test
    void asOccurredOn5August_paidInFullButNotYetClosed() {
        JsonNode state = rebuilt("asOccurredAt=2026-08-05", 11, 10);
        assertThat(state.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(deadlines(state)).containsExactly("FIRST_COMPLAINT_DECISION 2026-04-06");
        assertClaim(state, WAGES_CORRECTED, WAGES_CORRECTED, SI);
    }

    @Test
    void beforeTheCaseExisted_onEitherAxis_isA404ThatSaysSo() {
        for (String query : List.of("asRecordedAt=" + t0, "asOccurredAt=2026-03-01")) {
            var response = http.get("/audit/cases/" + id + "/state?" + query);
            assertThat(response.status()).as(query).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asText()).contains("had no events yet");
        }
    }

    // ---- changes between two moments

    @Test
    void changesAsRecorded_betweenT2AndT3_areTheJulyPayment() {
        JsonNode changes = changes("axis=recorded&from=" + t2 + "&to=" + t3);
        assertThat(changes.get("fromExisted").asBoolean()).isTrue();
        assertThat(events(changes)).containsExactly("7 PaymentRecordedEvent 2026-07-15T00:00:00+07:00");
        assertThat(described(changes)).containsExactly(
                "/version changed 6 -> 7",
                "/lines/1/paid changed 0 -> 120000000",
                "/lines/1/outstanding changed 120000000 -> 0",
                "/paid changed 0 -> 120000000",
                "/outstanding changed 320000000 -> 200000000");
    }

    @Test
    void changesAsOccurred_betweenMarchAndJune_areTheLateJunePayment() {
        JsonNode changes = changes("axis=occurred&from=2026-03-20&to=2026-06-30");
        assertThat(events(changes)).containsExactly("8 PaymentRecordedEvent 2026-06-10T00:00:00+07:00");
        assertThat(described(changes)).as("the version stays 9: the correction, dated March, is in both").containsExactly(
                "/lines/0/paid changed 0 -> 50000000",
                "/lines/0/outstanding changed 180000000 -> 130000000",
                "/paid changed 0 -> 50000000",
                "/outstanding changed 300000000 -> 250000000");
    }

    @Test
    void changesFromBeforeTheCase_addEveryField() {
        JsonNode changes = changes("axis=recorded&from=" + t0 + "&to=" + t1);
        assertThat(changes.get("fromExisted").asBoolean()).isFalse();
        assertThat(changes.get("eventCount").asInt()).isEqualTo(3);
        assertThat(changes.get("changes")).allSatisfy(change -> assertThat(change.get("op").asText()).isEqualTo("added"));
        assertThat(described(changes)).contains("/status added null -> \"ACCEPTED\"", "/version added null -> 2");
    }

    @Test
    void badMomentsAnswer400_andUnknownCases404() {
        String base = "/audit/cases/" + id;
        for (String path : List.of(base + "/state", base + "/state?asRecordedAt=" + t1 + "&asOccurredAt=2026-03-05",
                base + "/state?asRecordedAt=2026-03-05", base + "/state?asOccurredAt=March",
                base + "/state?asRecordedAt=" + t1 + "&knownAt=" + t1, base + "/changes?axis=sideways&from=" + t1,
                base + "/changes?axis=recorded", base + "/changes?axis=occurred&from=2026-06-30&to=2026-03-20",
                "/audit/cases/not-a-uuid/state?asOccurredAt=2026-03-05")) {
            var response = http.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
        var unknown = http.get("/audit/cases/00000000-0000-4000-8000-000000000000/state?asOccurredAt=2026-03-05");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    // ---- helpers

    private void step(String action, String body) {
        var response = http.post(PATH + "/" + id + "/" + action, body);
        assertThat(response.status()).as(action + ": " + response.raw().body()).isEqualTo(200);
    }

    private JsonNode state(String query) {
        var response = http.get("/audit/cases/" + id + "/state?" + query);
        assertThat(response.status()).as(query + ": " + response.raw().body()).isEqualTo(200);
        JsonNode past = response.json();
        assertThat(past.get("caseId").asText()).isEqualTo(id);
        assertThat(past.get("caseType").asText()).isEqualTo("WAGE_ARREARS");
        assertThat(past.get("aggregateType").asText()).isEqualTo("ComplaintCase");
        assertThat(past.get("state").get("id").asText()).isEqualTo(id);
        return past;
    }

    private JsonNode changes(String query) {
        var response = http.get("/audit/cases/" + id + "/changes?" + query);
        assertThat(response.status()).as(query + ": " + response.raw().body()).isEqualTo(200);
        return response.json();
    }

    /** The state at a moment, rebuilt from so many events, the last numbered so. */
    private JsonNode rebuilt(String query, int eventsApplied, long lastSequenceNumber) {
        JsonNode past = state(query);
        assertRebuilt(past, eventsApplied, lastSequenceNumber);
        return past.get("state");
    }

    private static void assertRebuilt(JsonNode past, int eventsApplied, long lastSequenceNumber) {
        assertThat(past.get("eventsApplied").asInt()).isEqualTo(eventsApplied);
        assertThat(past.get("lastSequenceNumber").asLong()).isEqualTo(lastSequenceNumber);
        assertThat(past.get("state").get("version").asLong()).isEqualTo(lastSequenceNumber);
    }

    private static void assertMoney(JsonNode state, long owed, long paid, long outstanding) {
        assertThat(state.get("owed").asLong()).as("owed").isEqualTo(owed);
        assertThat(state.get("paid").asLong()).as("paid").isEqualTo(paid);
        assertThat(state.get("outstanding").asLong()).as("outstanding").isEqualTo(outstanding);
    }

    /** Both claim lines, and the totals, with the wages line's principal and what has been paid on each line. */
    private static void assertClaim(JsonNode state, long wages, long wagesPaid, long siPaid) {
        assertThat(state.get("lines")).hasSize(2);
        assertLine(state.get("lines").get(0), 1, "WAGES", wages, wagesPaid);
        assertLine(state.get("lines").get(1), 2, "SOCIAL_INSURANCE", SI, siPaid);
        assertMoney(state, wages + SI, wagesPaid + siPaid, wages + SI - wagesPaid - siPaid);
    }

    private static void assertLine(JsonNode line, int lineNo, String kind, long principal, long paid) {
        assertThat(line.get("lineNo").asInt()).isEqualTo(lineNo);
        assertThat(line.get("kind").asText()).isEqualTo(kind);
        assertThat(line.get("principal").asLong()).isEqualTo(principal);
        assertThat(line.get("paid").asLong()).as("line %d paid", lineNo).isEqualTo(paid);
        assertThat(line.get("outstanding").asLong()).as("line %d outstanding", lineNo).isEqualTo(principal - paid);
    }

    private static List<String> deadlines(JsonNode state) {
        List<String> deadlines = new ArrayList<>();
        state.get("deadlines").forEach(d -> deadlines.add(d.get("kind").asText() + " " + d.get("dueOn").asText()));
        return deadlines;
    }

    private static List<String> events(JsonNode changes) {
        List<String> events = new ArrayList<>();
        changes.get("events").forEach(e -> events.add(e.get("sequenceNumber").asLong() + " " + e.get("eventType").asText()
                + " " + e.get("occurredAt").asText()));
        return events;
    }

    private static List<String> described(JsonNode changes) {
        List<String> described = new ArrayList<>();
        changes.get("changes").forEach(c -> described.add(c.get("path").asText() + " " + c.get("op").asText() + " "
                + c.get("before") + " -> " + c.get("after")));
        return described;
    }

    private static Instant instant(JsonNode moment) {
        return OffsetDateTime.parse(moment.asText()).toInstant();
    }
}
