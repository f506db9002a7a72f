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

    static String created(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.json();
    }
}
