package vn.laborcases.demo.run;

import com.fasterxml.jackson.databind.JsonNode;
import vn.laborcases.demo.http.CommandClient;
import vn.laborcases.demo.http.CommandRejected;
import vn.laborcases.demo.plan.CasePlan;
import vn.laborcases.demo.plan.Step;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends one case's plan: the opening command, then each step at the version the previous
 * answer gave, with the ids the server assigned (findings, fines, remediations) filled in.
 */
public final class CaseRunner {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(finding|sanction|remediation):(\\d+)}");

    private final CommandClient client;
    private final Consumer<JsonNode> onAccepted;

    /**
     * @param onAccepted told of each command the server accepts, with the case's state it answered
     *                   (id, version): for live progress, and for the benchmarks' projection lag
     */
    public CaseRunner(CommandClient client, Consumer<JsonNode> onAccepted) {
        this.client = client;
        this.onAccepted = onAccepted;
    }

    /**
     * Runs the plan. A refusal after the case changed under it (a deadline lapsed) ends the
     * case as overtaken; any other refusal is thrown.
     */
    public CaseOutcome run(CasePlan plan) {
        JsonNode state = client.open(plan.collection(), plan.opening());
        String casePath = plan.collection() + "/" + state.path("id").asText();
        onAccepted.accept(state);
        // Once a deadline has lapsed on the case, a later step may no longer apply.
        boolean deadlineLapsed = false;
        for (Step step : plan.steps()) {
            try {
                var acted = client.act(casePath, resolve(step.action(), state), state.path("version").asLong(),
                        resolve(step.body(), state), step.bySupervisor());
                state = acted.state();
                deadlineLapsed |= acted.caseChangedMeanwhile();
                onAccepted.accept(state);
            } catch (CommandRejected rejected) {
                if ((deadlineLapsed || rejected.afterConflict()) && rejected.problem().isRuleViolation()) {
                    return new CaseOutcome(plan, status(state), true);
                }
                throw rejected;
            }
        }
        return new CaseOutcome(plan, status(state), false);
    }

    /** A work stoppage has no status field: it is ongoing until it ends. */
    private static String status(JsonNode state) {
        if (state.hasNonNull("status")) {
            return state.get("status").asText();
        }
        return state.hasNonNull("endedOn") ? "ENDED" : "ONGOING";
    }

    private static Map<String, Object> resolve(Map<String, Object> body, JsonNode state) {
        Map<String, Object> resolved = new LinkedHashMap<>(body);
        resolved.replaceAll((key, value) -> value instanceof String text ? resolve(text, state) : value);
        return resolved;
    }

    private static String resolve(String text, JsonNode state) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String kind = matcher.group(1);
            JsonNode item = state.path(kind + "s").path(Integer.parseInt(matcher.group(2)));
            if (item.isMissingNode()) {
                throw new IllegalStateException("The case has no " + kind + " " + matcher.group(2) + " to refer to");
            }
            matcher.appendReplacement(out, item.path(kind + "Id").asText());
        }
        return matcher.appendTail(out).toString();
    }
}
