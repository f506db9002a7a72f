package vn.laborcases.command.it;

import org.junit.jupiter.api.Test;
import vn.laborcases.testsupport.Http;


import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.testsupport.PrometheusPage.scrape;
import static vn.laborcases.testsupport.PrometheusPage.value;
import static vn.laborcases.command.it.DisputeRequestsJson.TODAY;
import static vn.laborcases.command.it.DisputeRequestsJson.individualDispute;

/**
 * The caseload counters move with the commands and reach /actuator/prometheus with their tags,
 * beside Axon's, the pool's and the latency histograms; the correlation id of a request is
 * echoed and is the one in its events' envelope.
 */
class MetricsAndCorrelationIntegrationTest {

    private static final String OPENED = "labor_cases_cases_opened_total{case_type=\"LABOR_DISPUTE\",province=\"DA_NANG\"}";
    private static final String CLOSED = "labor_cases_cases_closed_total{case_type=\"LABOR_DISPUTE\",province=\"DA_NANG\"}";

    private final Http http = SharedCommandSide.http();

    @Test
    void openingAndClosingADisputeCountsInItsTypeAndProvince() {
        double openedBefore = value(scrape(http), OPENED);
        double closedBefore = value(scrape(http), CLOSED);

        var filed = http.post("/api/disputes", daNangDispute(), "X-Correlation-Id", "metrics-it-1");
        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        String id = filed.json().get("id").asText();
        var closed = http.post("/api/disputes/" + id + "/closure",
                "{\"on\":\"%s\",\"reason\":\"Settled\"}".formatted(TODAY));
        assertThat(closed.status()).as(closed.raw().body()).isEqualTo(200);

        String metrics = scrape(http);
        assertThat(value(metrics, OPENED)).isEqualTo(openedBefore + 1);
        assertThat(value(metrics, CLOSED)).isEqualTo(closedBefore + 1);
        assertThat(metrics).contains("labor_cases_deadlines_missed_total{province=\"DA_NANG\"}",
                "commandBus_successCounter_total{payloadType=\"FileDisputeCommand\"}",
                "hikaricp_connections_max{", "http_server_requests_seconds_bucket{");
    }

    @Test
    void theCorrelationIdIsEchoed_andIsTheOneInTheEventsEnvelope() {
        var filed = http.post("/api/disputes", daNangDispute(), "X-Correlation-Id", "metrics-it-2");

        assertThat(filed.header("X-Correlation-Id")).isEqualTo("metrics-it-2");
        var events = StoredEvents.of(SharedCommandSide.DATABASE, filed.json().get("id").asText());
        assertThat(events.get(0).metaData().get("correlationId").asText()).isEqualTo("metrics-it-2");
    }

    @Test
    void withoutACorrelationIdTheRequestGetsANewOne_andAnUnsafeOneIsRefused() {
        var filed = http.post("/api/disputes", daNangDispute());
        String given = filed.header("X-Correlation-Id");
        assertThat(given).matches("[0-9a-f-]{36}");
        var events = StoredEvents.of(SharedCommandSide.DATABASE, filed.json().get("id").asText());
        assertThat(events.get(0).metaData().get("correlationId").asText()).isEqualTo(given);

        var refused = http.post("/api/disputes", daNangDispute(), "X-Correlation-Id", "two words");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    private static String daNangDispute() {
        return individualDispute(TODAY.minusDays(30), TODAY.minusDays(2)).replace("HO_CHI_MINH", "DA_NANG");
    }
}
