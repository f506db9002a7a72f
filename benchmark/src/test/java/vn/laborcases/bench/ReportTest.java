package vn.laborcases.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    @Test
    void ratiosToPgbenchAreJudgedAgainstHalf() throws Exception {
        Report report = new Report();
        report.add("pgbench_tps_1", "pgbench, 1 client", 4000, "tx/s");
        report.add("commands_per_s_1", "commands, 1 client", 2500, "cmd/s");
        report.add("pgbench_tps_16", "pgbench, 16 clients", 17500, "tx/s");
        report.add("commands_per_s_16", "commands, 16 clients", 1750, "cmd/s");

        JsonNode targets = new ObjectMapper().readTree(report.json()).get("targets");

        assertThat(targets.get(0).get("ours").asDouble()).isEqualTo(0.625);
        assertThat(targets.get(0).get("status").asText()).isEqualTo("MET");
        assertThat(targets.get(1).get("ours").asDouble()).isEqualTo(0.1);
        assertThat(targets.get(1).get("status").asText()).isEqualTo("MISSED");
    }

    @Test
    void aFigureNotMeasuredNeitherPassesNorFails() throws Exception {
        Report report = new Report();
        report.add("command_side_peak_rss_mb", "peak RSS", 300, "MB");
        for (String query : SupervisorQueries.NAMES.subList(1, SupervisorQueries.NAMES.size())) {
            report.add(Targets.QUERY_P95_PREFIX + query, query, 10, "ms");
        }

        JsonNode json = new ObjectMapper().readTree(report.json());

        assertThat(statusOf(json, "peak RSS, command side (MB)")).isEqualTo("MET");
        assertThat(statusOf(json, "peak RSS, query side (MB)")).isEqualTo("NOT_MEASURED");
        assertThat(statusOf(json, "supervisor queries p95, slowest of them (ms)")).isEqualTo("NOT_MEASURED");
        assertThat(statusOf(json, "ours / out-of-the-box Axon, commands/s at 1 client")).isEqualTo("NOT_MEASURED");
    }

    @Test
    void theJsonIsOneLineWithNullForWhatWasNotMeasured() {
        Report report = new Report();
        report.note("mode", "smoke");
        report.add("lag_p99_ms", "lag p99", Double.NaN, "ms");
        report.failed("replay", new IllegalStateException("boom\nsecond line"));

        String json = report.json();

        assertThat(json).doesNotContain("\n").contains("\"mode\":\"smoke\"").contains("\"lag_p99_ms\":null")
                .contains("boom\\nsecond line");
    }

    @Test
    void theTableShowsWholeNumbersAndRatesWithoutDecimalsAndRatiosWithTwo() {
        assertThat(Report.format(17504.4)).isEqualTo("17,504");
        assertThat(Report.format(6)).isEqualTo("6");
        assertThat(Report.format(0.625)).isEqualTo("0.63");
        assertThat(Report.format(Double.NaN)).isEqualTo("-");
    }

    @Test
    void percentilesComeOutInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            latencies.record(ms * 1_000_000L);
        }

        assertThat(latencies.percentileMs(50)).isBetween(49.9, 50.1);
        assertThat(latencies.percentileMs(99)).isBetween(98.9, 99.1);
        assertThat(latencies.maxMs()).isBetween(99.9, 100.1);
        assertThat(new Latencies().percentileMs(50)).isNaN();
    }

    private static String statusOf(JsonNode json, String target) {
        for (JsonNode outcome : json.get("targets")) {
            if (outcome.get("target").asText().equals(target)) {
                return outcome.get("status").asText();
            }
        }
        throw new AssertionError("No target " + target);
    }
}
