package vn.laborcases.bench;

import com.fasterxml.jackson.databind.JsonNode;
import vn.laborcases.demo.Options;
import vn.laborcases.demo.http.CommandClient;
import vn.laborcases.demo.plan.Enterprise;
import vn.laborcases.demo.plan.Planner;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The point-in-time state of one long case. The case is built through the API as the rules
 * allow: a wage-arrears complaint with one large claim line, the employer notified, the amounts
 * determined, then small payments (each one event) until the case has the events wanted. Then
 * the auditors' GET /audit/cases/{id}/state?asRecordedAt=now replays all of them through the
 * aggregate, a number of times.
 */
final class Reconstruction {

    record Result(String caseId, long eventsApplied, Latencies latencies) {
    }

    private static final long PAYMENT = 1_000;
    private static final int WARM_UP_RUNS = 3;

    private final URI commandUrl;
    private final IdentityProvider callers;

    Reconstruction(URI commandUrl, IdentityProvider callers) {
        this.commandUrl = commandUrl;
        this.callers = callers;
    }

    Result run(int events, int runs) {
        String caseId = buildCase(events);
        var auditor = new Http(commandUrl, callers, "auditor");
        String path = "/audit/cases/" + caseId + "/state?asRecordedAt=" + Instant.now();
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            auditor.get(path).require("the point-in-time state");
        }
        var latencies = new Latencies();
        JsonNode last = null;
        for (int i = 0; i < runs; i++) {
            last = latencies.time(() -> auditor.get(path)).require("the point-in-time state").json();
        }
        return new Result(caseId, last == null ? 0 : last.path("eventsApplied").asLong(), latencies);
    }

    private String buildCase(int events) {
        LocalDate today = LocalDate.now(Options.VIETNAM);
        Enterprise employer = new Planner(8, today, 1).enterprises().get(0);
        var client = new CommandClient(commandUrl, callers.bearer("inspector"), callers.bearer("supervisor"));
        JsonNode state = client.open("/api/wage-complaints", body("province", employer.province(),
                "enterpriseTaxCode", employer.taxCode(), "enterpriseName", employer.name(),
                "region", employer.region(), "complainant", "UNION", "workersAffected", 100,
                "summary", "Benchmark: one complaint with many payments", "receivedOn", today));
        String casePath = "/api/wage-complaints/" + state.path("id").asText();
        YearMonth month = YearMonth.from(today).minusMonths(1);
        state = client.act(casePath, "claim-lines", version(state), body("kind", "WAGES", "periodFrom", month,
                "periodTo", month, "principal", 1_000_000_000_000L, "dueOn", today,
                "monthlyWagePerWorker", 10_000_000_000L), false).state();
        state = client.act(casePath, "employer-notice", version(state), body("notifiedOn", today,
                "channel", "Registered letter"), false).state();
        state = client.act(casePath, "determination", version(state), body("determinedOn", today), false).state();
        // Sequence numbers start at 0: the case has version + 1 events.
        for (int n = 1; version(state) + 1 < events; n++) {
            state = client.act(casePath, "payments", version(state), body("paidOn", today, "amount", PAYMENT,
                    "reference", "Benchmark " + n), false).state();
        }
        return state.path("id").asText();
    }

    private static long version(JsonNode state) {
        return state.path("version").asLong();
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }
}
