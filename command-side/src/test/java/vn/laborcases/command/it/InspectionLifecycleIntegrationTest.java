package vn.laborcases.command.it;

import vn.laborcases.testsupport.Http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.it.InspectionRequestsJson.*;

/**
 * An inspection over HTTP from the plan to its closing, and the repeat flag set across two
 * inspections of one enterprise: the finding history is read in one command's transaction and
 * was written in another's.
 */
class InspectionLifecycleIntegrationTest {

    private final Http http = SharedCommandSide.http();

    @Test
    void fromPlanToClose_withAFineAndAVerifiedRemediation() {
        String id = inFieldwork(http, "3600100001");
        JsonNode found = wagesFinding(http, id);
        String findingId = found.get("findings").get(0).get("findingId").asText();
        assertThat(found.get("findings").get(0).get("repeat").asBoolean()).isFalse();
        assertThat(found.get("deadlines")).extracting(d -> d.get("kind").asText()).containsExactly("INSPECTION_DURATION");

        JsonNode concluded = conclude(http, id);
        assertThat(concluded.get("status").asText()).isEqualTo("CONCLUDED");

        // 420 workers: 40-50 M VND for an individual, 80-100 M for the company.
        JsonNode fined = ok(http.post(path(id, "sanctions"), """
                {"findingId":"%s","offender":"ORGANISATION","amount":95000000,"decisionNumber":"64/QĐ-XPHC",
                 "imposedOn":"%s"}""".formatted(findingId, TODAY.minusDays(10))));
        String sanctionId = fined.get("sanctions").get(0).get("sanctionId").asText();
        ok(http.post(path(id, "sanctions/" + sanctionId + "/amendments"), """
                {"change":"SETTLEMENT","newAmount":85000000,"amendedOn":"%s","reason":"Paid in full before the decision"}"""
                .formatted(TODAY.minusDays(8))));
        JsonNode paid = ok(http.post(path(id, "sanctions/" + sanctionId + "/payments"),
                "{\"amount\":85000000,\"paidOn\":\"%s\"}".formatted(TODAY.minusDays(6))));
        JsonNode sanction = paid.get("sanctions").get(0);
        assertThat(sanction.get("initialAmount").asLong()).isEqualTo(95_000_000);
        assertThat(sanction.get("currentAmount").asLong()).isEqualTo(85_000_000);
        assertThat(sanction.get("outstanding").asLong()).isZero();

        JsonNode ordered = ok(http.post(path(id, "remediations"), """
                {"findingId":"%s","action":"Pay the Art 97(4) compensation","orderedOn":"%s","dueOn":"%s"}"""
                .formatted(findingId, TODAY.minusDays(5), TODAY.plusDays(25))));
        String remediationId = ordered.get("remediations").get(0).get("remediationId").asText();
        assertThat(ordered.get("deadlines")).extracting(d -> d.get("kind").asText()).containsExactly("REMEDIATION");

        var refused = http.post(path(id, "closure"), "{\"on\":\"%s\",\"reason\":\"Done\"}".formatted(TODAY));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("waiver");

        long verified = ok(http.post(path(id, "remediations/" + remediationId + "/verification"),
                "{\"verifiedOn\":\"%s\",\"note\":\"Bank statements checked\"}".formatted(TODAY))).get("version").asLong();
        assertThat(verified).isEqualTo(14);
        var closed = http.post(path(id, "closure"), "{\"on\":\"%s\",\"reason\":\"Fine paid, remedy verified\"}"
                .formatted(TODAY), "If-Match", "\"14\"");
        assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.header("ETag")).isEqualTo("\"15\"");

        assertThat(StoredEvents.types(SharedCommandSide.DATABASE, id)).containsExactly(
                "InspectionStartedEvent", "InspectionDecisionIssuedEvent", "InspectionAnnouncedEvent",
                "FieldworkStartedEvent", "FindingRecordedEvent", "FieldworkEndedEvent", "ResultsReportSubmittedEvent",
                "DraftConclusionRecordedEvent", "DraftConclusionAppraisedEvent", "InspectionConclusionIssuedEvent",
                "SanctionImposedEvent", "SanctionAmendedEvent", "FinePaidEvent", "RemediationOrderedEvent",
                "RemediationVerifiedEvent", "InspectionClosedEvent");
        var reloaded = http.get("/api/inspections/" + id);
        assertThat(reloaded.json().get("caseNumber").asText()).matches("IN-75-\\d{4}-\\d{6}");
        assertThat(reloaded.header("ETag")).isEqualTo("\"15\"");
    }

    @Test
    void aSecondInspectionOfTheSameEnterpriseFlagsTheSameViolationAsARepeat() {
        String first = inFieldwork(http, "3600100002");
        wagesFinding(http, first);
        long historyRows = StoredEvents.scalar(SharedCommandSide.DATABASE,
                "SELECT count(*) FROM inspection_finding_history WHERE tax_code = '3600100002'");
        assertThat(historyRows).isEqualTo(1);

        String second = inFieldwork(http, "3600100002");
        JsonNode found = wagesFinding(http, second);

        JsonNode finding = found.get("findings").get(0);
        assertThat(finding.get("repeat").asBoolean()).isTrue();
        var stored = StoredEvents.of(SharedCommandSide.DATABASE, second).stream()
                .filter(e -> e.simpleType().equals("FindingRecordedEvent")).findFirst().orElseThrow();
        assertThat(stored.payload().get("repeatOf").get("inspectionId").asText()).isEqualTo(first);

        String otherEnterprise = inFieldwork(http, "3600100003");
        assertThat(wagesFinding(http, otherEnterprise).get("findings").get(0).get("repeat").asBoolean()).isFalse();
    }

    @Test
    void twoInspectionsFindingTheSameViolationAtTheSameMoment_flagTheLaterOneAsARepeat() throws Exception {
        for (int round = 0; round < 3; round++) {
            String taxCode = "36002000" + (10 + round);
            String one = inFieldwork(http, taxCode);
            String two = inFieldwork(http, taxCode);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var start = new java.util.concurrent.CountDownLatch(1);
                var first = pool.submit(() -> { start.await(); return wagesFinding(http, one); });
                var second = pool.submit(() -> { start.await(); return wagesFinding(http, two); });
                start.countDown();
                var repeats = java.util.List.of(first.get(), second.get()).stream()
                        .map(state -> state.get("findings").get(0).get("repeat").asBoolean()).toList();

                assertThat(repeats).containsExactlyInAnyOrder(true, false);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
