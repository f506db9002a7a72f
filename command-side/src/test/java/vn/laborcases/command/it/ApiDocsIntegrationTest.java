package vn.laborcases.command.it;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document and Swagger UI are served by the app. */
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
}
