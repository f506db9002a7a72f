package vn.laborcases.command.it;

import vn.laborcases.testsupport.Http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.it.InspectionRequestsJson.*;

/** Bad input to the inspection API is answered with a 4xx problem, and writes nothing. */
class InspectionBadInputIntegrationTest {

    private final Http http = SharedCommandSide.http();

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[\"FINANCE\"]"})
    void anEmptyOrUnknownScope_is400(String scope) {
        assertWritesNothing(() -> http.post("/api/inspections", start("3600100009", scope)), 400);
    }

    @Test
    void aBadTaxCodeOrMissingEnterprise_is400() {
        assertWritesNothing(() -> http.post("/api/inspections", start("12345", "[\"OSH\"]")), 400);
        assertWritesNothing(() -> http.post("/api/inspections",
                "{\"trigger\":\"PLANNED\",\"scope\":[\"OSH\"],\"openedOn\":\"%s\"}".formatted(TODAY)), 400);
    }

    @Test
    void aComplaintWithoutItsSourceCase_is409() {
        String body = start("3600100009", "[\"OSH\"]").replace("\"PLANNED\"", "\"COMPLAINT\"");
        var response = assertWritesNothing(() -> http.post("/api/inspections", body), 409);
        assertThat(response.json().get("detail").asText()).contains("source case");
    }

    @Test
    void aConclusionBeforeTheReport_is409NamingArt34() {
        String id = inFieldwork(http, "3600100010");
        var response = assertWritesNothing(() -> http.post(path(id, "conclusion"), """
                {"conclusionNumber":"1/KL","concludedOn":"%s","summary":"Too early"}""".formatted(TODAY)), 409);
        assertThat(response.json().get("article").asText()).isEqualTo("Law on Inspection 84/2025/QH15 Art 34");
    }

    @Test
    void aFineOutsideItsBand_is409NamingTheBandAndArticle() {
        String id = inFieldwork(http, "3600100011");
        String findingId = wagesFinding(http, id).get("findings").get(0).get("findingId").asText();
        conclude(http, id);
        var response = assertWritesNothing(() -> http.post(path(id, "sanctions"), """
                {"findingId":"%s","offender":"ORGANISATION","amount":50000000,"decisionNumber":"1/QĐ",
                 "imposedOn":"%s"}""".formatted(findingId, TODAY)), 409);
        assertThat(response.json().get("article").asText()).isEqualTo("Decree 12/2022/ND-CP Art 17(2)");
        assertThat(response.json().get("detail").asText()).contains("80,000,000 to 100,000,000");
    }

    @Test
    void aNegativeAmountOrAStepOutOfOrder_isRefused() {
        String id = inFieldwork(http, "3600100012");
        assertWritesNothing(() -> http.post(path(id, "findings"), """
                {"category":"SI_NOT_PAID","legalBasis":"SI Law Art 39","description":"No SI","workersAffected":3,
                 "amountOwed":-5,"foundOn":"%s"}""".formatted(TODAY)), 400);
        var outOfOrder = assertWritesNothing(() -> http.post(path(id, "appraisal"), """
                {"appraisedOn":"%s","appraiser":"legal","opinion":"ok"}""".formatted(TODAY)), 409);
        assertThat(outOfOrder.json().get("detail").asText()).contains("next, record findings or end the fieldwork");
        assertWritesNothing(() -> http.post(path(id, "extensions"),
                "{\"extendedOn\":\"%s\",\"workingDays\":5}".formatted(TODAY)), 400);
    }

    private static Http.Response assertWritesNothing(java.util.function.Supplier<Http.Response> request, int status) {
        long events = StoredEvents.count(SharedCommandSide.DATABASE);
        long history = StoredEvents.scalar(SharedCommandSide.DATABASE, "SELECT count(*) FROM inspection_finding_history");
        Http.Response response = request.get();
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(StoredEvents.count(SharedCommandSide.DATABASE)).isEqualTo(events);
        assertThat(StoredEvents.scalar(SharedCommandSide.DATABASE, "SELECT count(*) FROM inspection_finding_history"))
                .isEqualTo(history);
        return response;
    }
}
