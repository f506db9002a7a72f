package vn.laborcases.command.it;

import vn.laborcases.testsupport.Http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document, Swagger UI and the Prometheus scrape are served by the app. */
class ApiDocsIntegrationTest {

    private final Http http = SharedCommandSide.http();

    @Test
    void openApiDocumentListsTheDisputeActions() {
        var docs = http.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/disputes/{id}/strike/start")).isTrue();
        assertThat(docs.json().get("paths").has("/api/work-stoppages")).isTrue();
    }

    @Test
    void swaggerUiIsServed() {
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void axonMetersReachPrometheus() {
        http.post("/api/disputes", DisputeRequestsJson.individualDispute(DisputeRequestsJson.TODAY.minusDays(3),
                DisputeRequestsJson.TODAY.minusDays(1)));

        var scrape = http.get("/actuator/prometheus");

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.raw().body()).contains("commandBus_successCounter_total", "eventStore_allTimer_seconds");
    }
}
