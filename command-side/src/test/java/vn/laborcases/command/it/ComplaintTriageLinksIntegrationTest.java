package vn.laborcases.command.it;

import vn.laborcases.testsupport.Http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.dispute.DisputeId;
import vn.laborcases.api.inspection.InspectionId;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.laborcases.command.it.ArrearsRequestsJson.PATH;
import static vn.laborcases.command.it.ArrearsRequestsJson.complaint;

/** Triage links a complaint to the case it belongs in: a new inspection or a new dispute, each opened once. */
class ComplaintTriageLinksIntegrationTest {

    private final Http http = SharedCommandSide.http();

    @Test
    void aComplaintReferredToInspectionOpensTheLinkedInspection() {
        var registered = http.post(PATH, complaint("2026-10-01")).json();
        String complaintId = registered.get("id").asText();

        var referred = http.post(PATH + "/" + complaintId + "/triage/referral", """
                {"referredOn":"2026-10-02","target":"INSPECTION","scope":["SOCIAL_INSURANCE"],
                 "grounds":"SI contributions unpaid for 40 workers"}""");
        assertThat(referred.status()).as(referred.raw().body()).isEqualTo(200);

        String inspectionPath = "/api/inspections/" + InspectionId.openedOnReferralOf(UUID.fromString(complaintId));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(inspectionPath).status() == 200);
        JsonNode inspection = http.get(inspectionPath).json();
        assertThat(inspection.get("caseNumber").asText()).startsWith("IN-79-2026-");
        assertThat(inspection.get("trigger").asText()).isEqualTo("COMPLAINT");
        assertThat(inspection.get("source").get("caseId").asText()).isEqualTo(complaintId);
        assertThat(inspection.get("source").get("caseNumber").asText())
                .isEqualTo(registered.get("caseNumber").asText());
        assertThat(inspection.get("scope")).extracting(JsonNode::asText).containsExactly("SOCIAL_INSURANCE");
        assertThat(StoredEvents.types(SharedCommandSide.DATABASE,
                InspectionId.openedOnReferralOf(UUID.fromString(complaintId)).toString()))
                .containsExactly("InspectionStartedEvent");
    }

    @Test
    void aReferralSentWithAnIdempotencyKeyStillOpensTheLinkedInspection() {
        String complaintId = http.post(PATH, complaint("2026-10-01")).json().get("id").asText();

        var referred = http.post(PATH + "/" + complaintId + "/triage/referral", """
                {"referredOn":"2026-10-02","target":"INSPECTION","scope":["LABOR_LAW"],"grounds":"Wages late"}""",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(referred.status()).as(referred.raw().body()).isEqualTo(200);

        String inspectionPath = "/api/inspections/" + InspectionId.openedOnReferralOf(UUID.fromString(complaintId));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(inspectionPath).status() == 200);
    }

    @Test
    void aReferralToThePoliceOpensNoInspection() {
        String complaintId = http.post(PATH, complaint("2026-10-01")).json().get("id").asText();
        http.post(PATH + "/" + complaintId + "/triage/referral", """
                {"referredOn":"2026-10-02","target":"POLICE","scope":["LABOR_LAW"],"grounds":"Forged payslips"}""");
        String inspectionPath = "/api/inspections/" + InspectionId.openedOnReferralOf(UUID.fromString(complaintId));

        // A later referral to inspection of another complaint is handled after this one, in order.
        String other = http.post(PATH, complaint("2026-10-01")).json().get("id").asText();
        http.post(PATH + "/" + other + "/triage/referral", """
                {"referredOn":"2026-10-02","target":"INSPECTION","scope":["LABOR_LAW"],"grounds":"Unpaid wages"}""");
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/inspections/"
                + InspectionId.openedOnReferralOf(UUID.fromString(other))).status() == 200);

        assertThat(http.get(inspectionPath).status()).isEqualTo(404);
    }

    @Test
    void aComplaintTriagedAsANewDisputeFilesTheLinkedDispute() {
        var registered = http.post(PATH, complaint("2026-10-01")).json();
        String complaintId = registered.get("id").asText();

        var triaged = http.post(PATH + "/" + complaintId + "/triage/dispute",
                "{\"triagedOn\":\"2026-10-05\",\"newDisputeRequested\":true}");
        assertThat(triaged.status()).as(triaged.raw().body()).isEqualTo(200);

        String disputePath = "/api/disputes/" + DisputeId.openedOnTriageOf(UUID.fromString(complaintId));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(disputePath).status() == 200);
        JsonNode dispute = http.get(disputePath).json();
        assertThat(dispute.get("caseNumber").asText()).startsWith("LD-79-2026-");
        assertThat(dispute.get("kind").asText()).isEqualTo("COLLECTIVE_RIGHTS");
        assertThat(dispute.get("status").asText()).isEqualTo("AWAITING_MEDIATOR");
        var filed = StoredEvents.of(SharedCommandSide.DATABASE, dispute.get("id").asText()).get(0);
        assertThat(filed.payload().get("summary").asText()).contains(registered.get("caseNumber").asText());
    }
}
