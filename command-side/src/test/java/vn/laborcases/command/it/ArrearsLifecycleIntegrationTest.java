package vn.laborcases.command.it;

import vn.laborcases.testsupport.Http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.it.ArrearsRequestsJson.PATH;
import static vn.laborcases.command.it.ArrearsRequestsJson.complaint;
import static vn.laborcases.command.it.ArrearsRequestsJson.line;

/**
 * A wage- and SI-arrears complaint from registration to paid in full, over HTTP, with the
 * balance and interest checked by hand on two dates; and a referral to inspection.
 */
class ArrearsLifecycleIntegrationTest {

    private final Http http = SharedCommandSide.http();

    @Test
    void registeredAcceptedClaimedPlannedAndPaidInFull_withTheBalanceRightOnEachDate() {
        var registered = http.post(PATH, complaint("2026-03-02"), "X-Correlation-Id", "arrears-tour-1");
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        String id = registered.json().get("id").asText();
        assertThat(registered.header("Location")).isEqualTo(PATH + "/" + id);
        assertThat(registered.header("ETag")).isEqualTo("\"0\"");
        assertThat(registered.json().get("caseNumber").asText()).matches("WA-79-2026-\\d{6}");
        assertThat(registered.json().get("deadlines").get(0).get("dueOn").asText()).isEqualTo("2026-03-11");

        ok(http.post(PATH + "/" + id + "/triage/complaint", "{\"triagedOn\":\"2026-03-03\"}", "If-Match", "\"0\""));
        var accepted = ok(http.post(PATH + "/" + id + "/acceptance", "{\"acceptedOn\":\"2026-03-05\"}", "If-Match", "\"1\""));
        assertThat(accepted.json().get("deadlines")).extracting(d -> d.get("kind").asText() + " " + d.get("dueOn").asText())
                .containsExactly("FIRST_COMPLAINT_DECISION 2026-04-06");

        var wages = ok(http.post(PATH + "/" + id + "/claim-lines",
                line("WAGES", "2026-01", "2026-01", 200_000_000L, "2026-02-05", 5_000_000L)));
        assertThat(wages.json().get("lines").get(0).get("belowMinimumWage").asBoolean()).isTrue();
        var si = ok(http.post(PATH + "/" + id + "/claim-lines",
                line("SOCIAL_INSURANCE", "2026-03", "2026-03", 120_000_000L, "2026-04-30", null)));
        assertThat(si.json().get("lines").get(1).get("evasionFrom").asText()).isEqualTo("2026-06-30");
        ok(http.post(PATH + "/" + id + "/employer-notice", "{\"notifiedOn\":\"2026-03-09\",\"channel\":\"Letter\"}"));
        ok(http.post(PATH + "/" + id + "/determination", "{\"determinedOn\":\"2026-03-20\"}"));
        ok(http.post(PATH + "/" + id + "/deposit-rates",
                "{\"bank\":\"Vietcombank\",\"annualPercent\":1.60,\"effectiveFrom\":\"2026-01-01\"}"));
        var plan = ok(http.post(PATH + "/" + id + "/payment-plan", """
                {"agreedOn":"2026-03-25","instalments":[{"dueOn":"2026-07-15","amount":120000000},
                 {"dueOn":"2026-08-05","amount":200000000}]}"""));
        assertThat(plan.json().get("paymentPlan")).hasSize(2);

        var first = ok(http.post(PATH + "/" + id + "/payments",
                "{\"paidOn\":\"2026-07-15\",\"amount\":120000000,\"reference\":\"UNC 0715\"}"));
        assertThat(first.json().get("outstanding").asLong()).isEqualTo(200_000_000L);
        assertThat(first.json().get("lines").get(1).get("outstanding").asLong()).as("SI is paid first").isZero();

        // 15 Jul: SI paid 76 days late, DOMAIN.md's worked example; wages 160 days late at 1.6% a year.
        JsonNode july = balance(id, "2026-07-15");
        assertThat(july.get("lines").get(1).get("interest").asLong()).isEqualTo(2_736_000L);
        assertThat(july.get("lines").get(1).get("outstanding").asLong()).isZero();
        assertThat(july.get("lines").get(1).get("evasion").asBoolean()).isTrue();
        assertThat(july.get("lines").get(0).get("daysOutstanding").asLong()).isEqualTo(160);
        assertThat(july.get("lines").get(0).get("interest").asLong()).isEqualTo(1_402_740L); // 200M × 1.6% × 160/365
        assertThat(july.get("outstanding").asLong()).isEqualTo(200_000_000L);
        assertThat(july.get("paid").asLong()).isEqualTo(120_000_000L);
        assertThat(july.get("interest").asLong()).isEqualTo(4_138_740L);

        var second = ok(http.post(PATH + "/" + id + "/payments",
                "{\"paidOn\":\"2026-08-05\",\"amount\":200000000,\"reference\":\"UNC 0805\"}"));
        assertThat(second.json().get("outstanding").asLong()).isZero();

        JsonNode august = balance(id, "2026-08-05");
        assertThat(august.get("outstanding").asLong()).isZero();
        assertThat(august.get("owed").asLong()).isEqualTo(320_000_000L);
        assertThat(august.get("lines").get(0).get("daysOutstanding").asLong()).isZero();
        assertThat(august.get("lines").get(0).get("interest").asLong()).isEqualTo(1_586_849L); // 181 days
        assertThat(august.get("interest").asLong()).isEqualTo(4_322_849L);
        assertThat(balance(id, "2026-07-15").get("lines")).as("a past date still reads the same")
                .isEqualTo(july.get("lines"));

        var closed = ok(http.post(PATH + "/" + id + "/closure", "{\"on\":\"2026-08-10\",\"reason\":\"Paid in full\"}"));
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");

        assertThat(StoredEvents.types(SharedCommandSide.DATABASE, id)).containsExactly(
                "ComplaintRegisteredEvent", "ComplaintTreatedAsComplaintEvent", "ComplaintAcceptedEvent",
                "ClaimLineAddedEvent", "ClaimLineAddedEvent", "EmployerNotifiedEvent", "AmountsDeterminedEvent",
                "DepositRateRecordedEvent", "PaymentPlanAgreedEvent", "PaymentRecordedEvent", "PaymentRecordedEvent",
                "ComplaintClosedEvent");
        var events = StoredEvents.of(SharedCommandSide.DATABASE, id);
        assertThat(events.get(0).metaData().get("correlationId").asText()).isEqualTo("arrears-tour-1");
        assertThat(events.get(0).payload().get("ruleSetVersion").asText()).isEqualTo("VN-2026.01");
        assertThat(events.get(9).payload().get("allocations").get(0).get("lineNo").asInt()).isEqualTo(2);

        var reloaded = http.get(PATH + "/" + id);
        assertThat(reloaded.header("ETag")).isEqualTo("\"11\"");
        assertThat(reloaded.json().get("paid").asLong()).isEqualTo(320_000_000L);
    }

    @Test
    void aReferralToInspectionIsRecordedWithWhatTheInspectionNeeds() {
        String id = http.post(PATH, complaint("2026-10-01")).json().get("id").asText();

        var referred = ok(http.post(PATH + "/" + id + "/triage/referral", """
                {"referredOn":"2026-10-02","target":"INSPECTION","scope":["SOCIAL_INSURANCE","LABOR_LAW"],
                 "grounds":"Systematic non-payment across the plant"}"""));

        assertThat(referred.json().get("status").asText()).isEqualTo("REFERRED");
        assertThat(referred.json().get("referredTo").asText()).isEqualTo("INSPECTION");
        assertThat(referred.json().get("deadlines")).isEmpty();
        var event = StoredEvents.of(SharedCommandSide.DATABASE, id).get(1);
        assertThat(event.simpleType()).isEqualTo("ComplaintReferredEvent");
        JsonNode payload = event.payload();
        assertThat(payload.get("complaintId").asText()).isEqualTo(id);
        assertThat(payload.get("caseNumber").asText()).isEqualTo(referred.json().get("caseNumber").asText());
        assertThat(payload.get("target").asText()).isEqualTo("INSPECTION");
        assertThat(payload.get("enterpriseTaxCode").asText()).isEqualTo("0314567890");
        assertThat(payload.get("enterpriseName").asText()).isEqualTo("Công ty TNHH May Thành Công");
        assertThat(payload.get("province").asText()).isEqualTo("HO_CHI_MINH");
        assertThat(payload.get("region").asText()).isEqualTo("I");
        assertThat(payload.get("workersAffected").asInt()).isEqualTo(40);
        assertThat(payload.get("scope")).extracting(JsonNode::asText).containsExactly("LABOR_LAW", "SOCIAL_INSURANCE");
    }

    private JsonNode balance(String id, String asOf) {
        var response = http.get(PATH + "/" + id + "/balance?asOf=" + asOf);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        assertThat(response.json().get("asOf").asText()).isEqualTo(asOf);
        return response.json();
    }

    private static Http.Response ok(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response;
    }
}
