package vn.laborcases.command.it;

import vn.laborcases.testsupport.Http;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies and a walk through the phases of the inspection API. */
final class InspectionRequestsJson {

    static final LocalDate TODAY = DisputeRequestsJson.TODAY;

    private InspectionRequestsJson() {
    }

    static String start(String taxCode, String scope) {
        return """
                {"trigger":"PLANNED","scope":%s,
                 "enterprise":{"taxCode":"%s","name":"Công ty TNHH Giày Tân Phú","province":"DONG_NAI",
                               "headcount":420,"ownership":"FDI","sector":"1520"},
                 "openedOn":"%s","grounds":"Annual plan","reason":"Annual plan of the provincial inspectorate"}
                """.formatted(scope, taxCode, TODAY.minusDays(60));
    }

    /** Opens an inspection and takes it through fieldwork; returns its id. */
    static String inFieldwork(Http http, String taxCode) {
        var started = http.post("/api/inspections", start(taxCode, "[\"LABOR_LAW\",\"SOCIAL_INSURANCE\"]"));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        String id = started.json().get("id").asText();
        ok(http.post(path(id, "decision"), """
                {"decisionNumber":"57/QĐ-TTr","issuedOn":"%s","leadInspector":"inspector-75-011"}"""
                .formatted(TODAY.minusDays(55))));
        ok(http.post(path(id, "announcement"), "{\"announcedOn\":\"%s\"}".formatted(TODAY.minusDays(50))));
        ok(http.post(path(id, "fieldwork/start"), "{\"on\":\"%s\"}".formatted(TODAY.minusDays(49))));
        return id;
    }

    static JsonNode wagesFinding(Http http, String id) {
        return ok(http.post(path(id, "findings"), """
                {"category":"WAGES_LATE_OR_SHORT","legalBasis":"Labor Code 45/2019 Art 94",
                 "description":"Wages paid 25 days late","workersAffected":420,"amountOwed":2500000000,
                 "foundOn":"%s"}""".formatted(TODAY.minusDays(45))));
    }

    /** From fieldwork to the conclusion. */
    static JsonNode conclude(Http http, String id) {
        ok(http.post(path(id, "fieldwork/end"), "{\"on\":\"%s\"}".formatted(TODAY.minusDays(20))));
        ok(http.post(path(id, "report"), "{\"on\":\"%s\",\"summary\":\"Wages late\"}".formatted(TODAY.minusDays(18))));
        ok(http.post(path(id, "draft-conclusion"), "{\"on\":\"%s\",\"summary\":\"Draft\"}".formatted(TODAY.minusDays(16))));
        ok(http.post(path(id, "appraisal"), """
                {"appraisedOn":"%s","appraiser":"legal-dept-75","opinion":"Agreed"}""".formatted(TODAY.minusDays(14))));
        return ok(http.post(path(id, "conclusion"), """
                {"conclusionNumber":"61/KL-TTr","concludedOn":"%s","summary":"Wages paid late"}"""
                .formatted(TODAY.minusDays(12))));
    }

    static String path(String id, String action) {
        return "/api/inspections/" + id + "/" + action;
    }

    static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.json();
    }
}
