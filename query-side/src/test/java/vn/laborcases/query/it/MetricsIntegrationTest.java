package vn.laborcases.query.it;

import org.junit.jupiter.api.Test;
import vn.laborcases.testsupport.Http;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.testsupport.PrometheusPage.scrape;
import static vn.laborcases.testsupport.PrometheusPage.value;
import static org.awaitility.Awaitility.await;

/**
 * The supervisors' gauges and the projections' lag reach /actuator/prometheus with their tags,
 * beside the latency histograms; a query is answered with its correlation id.
 */
class MetricsIntegrationTest {

    private static final String OPEN_DISPUTES = "labor_cases_cases_open{case_type=\"LABOR_DISPUTE\",province=\"NGHE_AN\"}";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final Http commands = SharedApps.commands();
    private final Http queries = SharedApps.queries();

    @Test
    void anOpenedDisputeShowsInTheOpenCasesOfItsProvince_besideDeadlinesArrearsAndLag() {
        CaseListCommands.fileDispute(commands, "NGHE_AN", "2900123456", TODAY.minusDays(1));

        // The gauges are read on a schedule, after the projection has caught up.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(value(scrape(queries), OPEN_DISPUTES)).isGreaterThanOrEqualTo(1));
        String metrics = scrape(queries);
        assertThat(metrics).contains("labor_cases_deadlines_due{province=\"NGHE_AN\"}",
                "labor_cases_arrears_outstanding_vnd{province=\"NGHE_AN\"}",
                "http_server_requests_seconds_bucket{");
        for (String processor : new String[]{"case-list", "deadline-radar", "enterprises", "statistics", "audit-trail"}) {
            assertThat(metrics).contains("labor_cases_projection_lag_events{processor=\"" + processor + "\"}",
                    "labor_cases_projection_lag_seconds{processor=\"" + processor + "\"}");
        }
    }

    @Test
    void aQueryIsAnsweredWithItsCorrelationId() {
        var answered = queries.get("/api/cases", "X-Correlation-Id", "supervisor-screen-3");

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.header("X-Correlation-Id")).isEqualTo("supervisor-screen-3");
    }
}
