package vn.laborcases.command.it;

import org.junit.jupiter.api.Test;
import vn.laborcases.testsupport.Http;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.it.DisputeRequestsJson.TODAY;
import static vn.laborcases.command.it.DisputeRequestsJson.individualDispute;
import static vn.laborcases.command.it.InspectionRequestsJson.inFieldwork;
import static vn.laborcases.command.it.InspectionRequestsJson.ok;
import static vn.laborcases.command.it.InspectionRequestsJson.path;
import static vn.laborcases.command.it.InspectionRequestsJson.wagesFinding;

/**
 * Corrections over HTTP, checked in the event store itself: the wrong record stays, the
 * correction points at its event id and carries its business time (not the day the correction
 * was made) and the reason, and a refused correction writes nothing.
 */
class CorrectionsIntegrationTest {

    private final Http http = SharedCommandSide.http();

    @Test
    void aDisputeFilingCorrectionPointsAtTheFilingAndTakesItsBusinessTime() {
        var filed = http.post("/api/disputes", individualDispute(TODAY.minusDays(30), TODAY.minusDays(10)));
        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        String id = filed.json().get("id").asText();
        String filing = events(id).get(0).eventId();

        var corrected = ok(http.post("/api/disputes/" + id + "/filing-corrections", """
                {"corrects":"%s","employerName":"Công ty TNHH May Sài Gòn Việt Nam",
                 "reason":"The business registration gives the full name"}""".formatted(filing), "If-Match", "\"0\""));

        assertThat(corrected.get("version").asLong()).isEqualTo(1);
        assertThat(corrected.get("filing").get("employerName").asText()).isEqualTo("Công ty TNHH May Sài Gòn Việt Nam");
        List<StoredEvents.Row> events = events(id);
        assertThat(events).extracting(StoredEvents.Row::simpleType).containsExactly("DisputeFiledEvent", "DisputeFilingCorrectedEvent");
        StoredEvents.Row correction = events.get(1);
        assertThat(correction.payload().get("correctsEventId").asText()).isEqualTo(filing);
        assertThat(correction.payload().get("previous").get("employerName").asText()).isEqualTo("Công ty TNHH May Sài Gòn");
        assertThat(correction.metaData().get("businessTime").asText())
                .isEqualTo(events.get(0).metaData().get("businessTime").asText())
                .startsWith(TODAY.minusDays(10).toString());
        assertThat(correction.metaData().get("reason").asText()).isEqualTo("The business registration gives the full name");
        assertThat(events.get(0).payload().get("employerName").asText()).as("the wrong record stays")
                .isEqualTo("Công ty TNHH May Sài Gòn");
    }

    @Test
    void aRefusedCorrectionWritesNothingAndSaysWhy() {
        var filed = http.post("/api/disputes", individualDispute(TODAY.minusDays(30), TODAY.minusDays(10)));
        String id = filed.json().get("id").asText();
        String filing = events(id).get(0).eventId();
        ok(http.post("/api/disputes/" + id + "/filing-corrections", """
                {"summary":"Overtime of March, April and May unpaid","reason":"May was left out"}"""));

        var noReason = http.post("/api/disputes/" + id + "/filing-corrections", "{\"summary\":\"Other\"}");
        var superseded = http.post("/api/disputes/" + id + "/filing-corrections", """
                {"corrects":"%s","summary":"Other","reason":"Again"}""".formatted(filing));
        var dates = http.post("/api/disputes/" + id + "/filing-corrections", """
                {"receivedOn":"%s","reason":"Wrong day"}""".formatted(TODAY.minusDays(9)));
        var nothing = http.post("/api/disputes/" + id + "/filing-corrections", """
                {"summary":"Overtime of March, April and May unpaid","reason":"Same"}""");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(superseded.status()).isEqualTo(409);
        assertThat(superseded.json().get("detail").asText()).contains("is not the latest record", filing);
        assertThat(dates.status()).isEqualTo(400);
        assertThat(dates.raw().body()).contains("reopening");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.json().get("detail").asText()).contains("changes nothing");
        assertThat(events(id)).hasSize(2);
    }

    @Test
    void aFindingCorrectionChangesTheFindingAndKeepsItsBusinessTime() {
        String id = inFieldwork(http, "3600123457");
        String findingId = wagesFinding(http, id).get("findings").get(0).get("findingId").asText();
        StoredEvents.Row recorded = events(id).stream().filter(e -> e.simpleType().equals("FindingRecordedEvent")).findFirst().orElseThrow();

        var corrected = ok(http.post(path(id, "findings/" + findingId + "/corrections"), """
                {"workersAffected":480,"reason":"The payroll lists 480 workers"}"""));
        var category = http.post(path(id, "findings/" + findingId + "/corrections"), """
                {"category":"OSH","reason":"Wrong category"}""");

        assertThat(corrected.get("findings").get(0).get("workersAffected").asInt()).isEqualTo(480);
        StoredEvents.Row correction = events(id).get(events(id).size() - 1);
        assertThat(correction.simpleType()).isEqualTo("FindingCorrectedEvent");
        assertThat(correction.payload().get("correctsEventId").asText()).isEqualTo(recorded.eventId());
        assertThat(correction.metaData().get("businessTime")).isEqualTo(recorded.metaData().get("businessTime"));
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.raw().body()).contains("decides whether later findings repeat");
    }

    @Test
    void aClaimLineIsNotCorrectedBelowWhatWasPaidOnIt() {
        String path = ArrearsRequestsJson.PATH;
        var registered = http.post(path, ArrearsRequestsJson.complaint("2026-03-02"));
        String id = registered.json().get("id").asText();
        ok(http.post(path + "/" + id + "/claim-lines",
                ArrearsRequestsJson.line("WAGES", "2026-01", "2026-01", 200_000_000L, "2026-02-05", 6_000_000L)));
        ok(http.post(path + "/" + id + "/employer-notice", "{\"notifiedOn\":\"2026-03-09\"}"));
        ok(http.post(path + "/" + id + "/determination", "{\"determinedOn\":\"2026-03-20\"}"));
        ok(http.post(path + "/" + id + "/payments", "{\"paidOn\":\"2026-04-15\",\"amount\":150000000}"));

        var below = http.post(path + "/" + id + "/claim-lines/1/corrections",
                "{\"principal\":100000000,\"reason\":\"Typo\"}");
        var corrected = ok(http.post(path + "/" + id + "/claim-lines/1/corrections",
                "{\"principal\":180000000,\"monthlyWagePerWorker\":4500000,\"reason\":\"The payroll shows 4,500,000\"}"));

        assertThat(below.status()).isEqualTo(409);
        assertThat(below.json().get("detail").asText()).contains("150,000,000 VND has already been paid on claim line 1");
        assertThat(corrected.get("owed").asLong()).isEqualTo(180_000_000L);
        assertThat(corrected.get("outstanding").asLong()).isEqualTo(30_000_000L);
        assertThat(corrected.get("lines").get(0).get("belowMinimumWage").asBoolean()).isTrue();
        assertThat(events(id)).extracting(StoredEvents.Row::simpleType).containsSubsequence("ClaimLineAddedEvent", "PaymentRecordedEvent",
                "ClaimLineCorrectedEvent");
    }

    private static List<StoredEvents.Row> events(String aggregateId) {
        return StoredEvents.of(SharedCommandSide.DATABASE, aggregateId);
    }
}
