package vn.laborcases.query.it;

import org.junit.jupiter.api.Test;
import vn.laborcases.testsupport.Http;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
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
        await().atMost(Duration.ofSeconds(30)).until(() -> value(scrape(), OPEN_DISPUTES) >= 1);
        String metrics = scrape();
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

    private String scrape() {
        var response = queries.get("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        return response.raw().body();
    }

    private static double value(String metrics, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
