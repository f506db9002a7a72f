package vn.laborcases.demo.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a case's steps in order. A step dated after the run's "today" has not happened
 * yet, so it and every later step are left out: recent cases stay open mid-way, and some of
 * their statutory deadlines run out.
 */
final class Steps {

    private final LocalDate today;
    private final List<Step> steps = new ArrayList<>();
    private boolean cut;

    Steps(LocalDate today) {
        this.today = today;
    }

    /** Adds the step if it happened by today; returns whether it did. */
    boolean on(LocalDate day, String action, Object... keysAndValues) {
        return on(day, action, body(keysAndValues));
    }

    boolean on(LocalDate day, String action, Map<String, Object> body) {
        return add(day, new Step(action, body, false));
    }

    /** A step only a supervisor may take. */
    boolean bySupervisor(LocalDate day, String action, Object... keysAndValues) {
        return add(day, new Step(action, body(keysAndValues), true));
    }

    private boolean add(LocalDate day, Step step) {
        if (cut || day.isAfter(today)) {
            cut = true;
            return false;
        }
        steps.add(step);
        return true;
    }

    boolean cut() {
        return cut;
    }

    List<Step> list() {
        return List.copyOf(steps);
    }

    /** A JSON body from alternating keys and values, in order; null values are left out. */
    static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                body.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return body;
    }
}
