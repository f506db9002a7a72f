package vn.laborcases.demo;

import java.time.Duration;
import java.util.Map;

/**
 * What a run did.
 *
 * @param commands   commands the command side accepted (about one event each)
 * @param requests   requests sent, retries after a version conflict included
 * @param failures   commands refused for a reason other than a lapsed deadline
 * @param overtaken  cases whose plan a lapsed statutory deadline cut short
 * @param byStatus   cases by "TYPE STATUS"
 * @param byPath     cases by "TYPE path"
 */
public record Summary(long cases, long commands, long requests, long failures, long overtaken, Duration elapsed,
                      Map<String, Long> byStatus, Map<String, Long> byPath) {

    public double commandsPerSecond() {
        return commands / Math.max(0.001, elapsed.toMillis() / 1000.0);
    }

    /** Failures as a share of the commands tried. */
    public double failureShare() {
        return failures == 0 ? 0 : failures / (double) (commands + failures);
    }

    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append("%,d cases, %,d commands (%,d requests) in %.1f s: %,.0f commands/s; %,d failures; %,d cases cut short by a lapsed deadline%n"
                .formatted(cases, commands, requests, elapsed.toMillis() / 1000.0, commandsPerSecond(), failures, overtaken));
        out.append("Cases by type and final status:\n");
        byStatus.forEach((key, count) -> out.append("  %-40s %,8d%n".formatted(key, count)));
        out.append("Cases by lifecycle path:\n");
        byPath.forEach((key, count) -> out.append("  %-60s %,8d%n".formatted(key, count)));
        return out.toString();
    }
}
