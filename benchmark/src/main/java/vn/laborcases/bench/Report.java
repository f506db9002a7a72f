package vn.laborcases.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every figure of a run, in the order measured, the stages that failed, and how they print:
 * a table for people and one JSON line for scripts (BENCHMARKS.md's chart reads it).
 */
final class Report {

    /** @param key the figure's name in the JSON line, with its unit in it */
    record Figure(String key, String label, double value, String unit) {
    }

    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    void add(String key, String label, double value, String unit) {
        figures.put(key, new Figure(key, label, value, unit));
    }

    /** A fact about the run that is not a number: the mode, the store's size as built, resolutions. */
    void note(String key, String value) {
        facts.put(key, value);
    }

    void failed(String stage, Exception cause) {
        failures.add(stage + ": " + cause);
    }

    List<String> failures() {
        return failures;
    }

    /** The figure's value; NaN when it was not measured. */
    double value(String key) {
        Figure figure = figures.get(key);
        return figure == null ? Double.NaN : figure.value();
    }

    String table() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            out.append(String.format(Locale.ROOT, "%-58s %s%n", fact.getKey(), fact.getValue()));
        }
        out.append(String.format(Locale.ROOT, "%n%-58s %14s  %s%n", "figure", "value", "unit"));
        for (Figure figure : figures.values()) {
            out.append(String.format(Locale.ROOT, "%-58s %14s  %s%n", figure.label(), format(figure.value()),
                    figure.unit()));
        }
        out.append(String.format(Locale.ROOT, "%n%-58s %14s  %-10s %s%n", "target", "ours", "wanted", "status"));
        for (Targets.Outcome outcome : Targets.evaluate(this)) {
            out.append(String.format(Locale.ROOT, "%-58s %14s  %-10s %s%n", outcome.label(), format(outcome.value()),
                    outcome.wanted(), outcome.status()));
        }
        for (String failure : failures) {
            out.append("FAILED ").append(failure).append('\n');
        }
        return out.toString();
    }

    String json() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        facts.forEach(root::put);
        ObjectNode values = root.putObject("figures");
        figures.values().forEach(figure -> {
            if (Double.isNaN(figure.value())) {
                values.putNull(figure.key());
            } else {
                values.put(figure.key(), round(figure.value()));
            }
        });
        var targets = root.putArray("targets");
        for (Targets.Outcome outcome : Targets.evaluate(this)) {
            ObjectNode target = targets.addObject().put("target", outcome.label()).put("wanted", outcome.wanted())
                    .put("status", outcome.status().name());
            if (Double.isNaN(outcome.value())) {
                target.putNull("ours");
            } else {
                target.put("ours", round(outcome.value()));
            }
        }
        failures.forEach(root.putArray("failures")::add);
        return root.toString();
    }

    /** Whole numbers and anything from 100 up without decimals; ratios and milliseconds below it need two. */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return Math.abs(value) >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
