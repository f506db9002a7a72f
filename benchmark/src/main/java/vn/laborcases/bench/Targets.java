package vn.laborcases.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;

/**
 * The targets of issue 8, each worked out from the run's figures. A target whose figure was not
 * measured (a stage failed or was left out) says so rather than pass or fail.
 */
final class Targets {

    enum Status { MET, MISSED, NOT_MEASURED }

    record Outcome(String label, double value, String wanted, Status status) {
    }

    private record Target(String label, ToDoubleFunction<Report> value, boolean atLeast, double bound) {
        Outcome evaluate(Report report) {
            double ours = value.applyAsDouble(report);
            Status status = Double.isNaN(ours) ? Status.NOT_MEASURED
                    : (atLeast ? ours >= bound : ours <= bound) ? Status.MET : Status.MISSED;
            return new Outcome(label, ours, (atLeast ? ">= " : "<= ") + Report.format(bound), status);
        }
    }

    static final String QUERY_P95_PREFIX = "query_p95_ms_";

    private static final List<Target> TARGETS = List.of(
            new Target("HTTP commands/s / pgbench tps, 1 client", r -> r.value("commands_per_s_1")
                    / r.value("pgbench_tps_1"), true, 0.5),
            new Target("HTTP commands/s / pgbench tps, 16 clients", r -> r.value("commands_per_s_16")
                    / r.value("pgbench_tps_16"), true, 0.5),
            new Target("command latency p99 at 16 clients (ms)", r -> r.value("command_p99_ms_16"), false, 50),
            new Target("projection lag p99 under the 16-client load (ms)", r -> r.value("lag_p99_ms"), false, 250),
            new Target("replay, all projections (events/s)", r -> r.value("replay_events_per_s"), true, 25_000),
            new Target("supervisor queries p95, slowest of them (ms)", Targets::slowestQuery, false, 50),
            new Target("point-in-time state of the long case, p95 (ms)", r -> r.value("reconstruction_p95_ms"),
                    false, 50),
            new Target("peak RSS, command side (MB)", r -> r.value("command_side_peak_rss_mb"), false, 512),
            new Target("peak RSS, query side (MB)", r -> r.value("query_side_peak_rss_mb"), false, 512),
            new Target("ours / out-of-the-box Axon, commands/s at 1 client", r -> r.value("commands_per_s_1")
                    / r.value("peer_commands_per_s_1"), true, 3),
            new Target("ours / out-of-the-box Axon, projection events/s", r -> r.value("projection_events_per_s")
                    / r.value("peer_projection_events_per_s"), true, 3));

    private Targets() {
    }

    static List<Outcome> evaluate(Report report) {
        return TARGETS.stream().map(target -> target.evaluate(report)).toList();
    }

    /** NaN when no query was timed, or when any was not: a missing query must not pass. */
    private static double slowestQuery(Report report) {
        double[] p95s = SupervisorQueries.NAMES.stream().mapToDouble(name -> report.value(QUERY_P95_PREFIX + name))
                .toArray();
        return p95s.length == 0 || DoubleStream.of(p95s).anyMatch(Double::isNaN) ? Double.NaN
                : DoubleStream.of(p95s).max().orElseThrow();
    }
}
