package vn.laborcases.query.it;

import com.fasterxml.jackson.databind.JsonNode;
import vn.laborcases.testsupport.Http;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands the case-list tests send to the real command side (bodies as in its README tour). */
final class CaseListCommands {

    private CaseListCommands() {
    }

    /** Files an individual dispute, mediation first; returns its id. */
    static String fileDispute(Http commands, String province, String taxCode, LocalDate receivedOn) {
        return created(commands.post("/api/disputes", """
                {"kind":"INDIVIDUAL","province":"%s","employerTaxCode":"%s",
                 "employerName":"Công ty TNHH May Sài Gòn","requestedBy":"WORKER_SIDE",
                 "summary":"Overtime unpaid","workersInvolved":1,
                 "discoveredOn":"%s","receivedOn":"%s","reason":"Request received at the front desk"}"""
                .formatted(province, taxCode, receivedOn.minusDays(2), receivedOn)));
    }

    /**
     * Takes an inspection in fieldwork (its path ends with "/") through the end of fieldwork on
     * {@code fieldworkEnded}, the report, the draft conclusion, its appraisal and the conclusion,
     * two days apart.
     */
    static void concludeInspection(Http commands, String path, LocalDate fieldworkEnded) {
        ok(commands.post(path + "fieldwork/end", "{\"on\":\"%s\"}".formatted(fieldworkEnded)));
        ok(commands.post(path + "report", "{\"on\":\"%s\",\"summary\":\"Late\"}".formatted(fieldworkEnded.plusDays(2))));
        ok(commands.post(path + "draft-conclusion", "{\"on\":\"%s\",\"summary\":\"D\"}"
                .formatted(fieldworkEnded.plusDays(4))));
        ok(commands.post(path + "appraisal", """
                {"appraisedOn":"%s","appraiser":"legal","opinion":"Agreed"}""".formatted(fieldworkEnded.plusDays(6))));
        ok(commands.post(path + "conclusion", """
                {"conclusionNumber":"1/KL","concludedOn":"%s","summary":"Late"}""".formatted(fieldworkEnded.plusDays(8))));
    }

    static String created(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.json();
    }
}
