package vn.laborcases.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import vn.laborcases.demo.Options;

/**
 * The supervisors' main queries on the data set present, one after another as one supervisor
 * would ask them: the filtered case list, the deadline radar, an enterprise profile (a different
 * enterprise each time) and the half-year coordination report as supervisors read it, once it
 * has been frozen. Freezing it (which folds the period's events up to the store's head, a write
 * made once per report version) is timed too, apart: it is not a query.
 */
final class SupervisorQueries {

    static final List<String> NAMES = List.of("case_list", "deadline_radar", "enterprise_profile",
            "half_year_report");
    static final String FREEZE = "half_year_report_freeze";
    private static final int FREEZE_RUNS = 5;
    private static final int WARM_UP_RUNS = 3;

    private final Http query;

    SupervisorQueries(Http query) {
        this.query = query;
    }

    /** Each query's latencies over {@code runs} timed runs, by name, after a few untimed ones. */
    Map<String, Latencies> run(int runs) {
        LocalDate today = LocalDate.now(Options.VIETNAM);
        List<String> taxCodes = taxCodes();
        Map<String, IntFunction<Http.Answer>> queries = new LinkedHashMap<>();
        queries.put("case_list", i -> query.get("/api/cases?province=HO_CHI_MINH&type=INSPECTION&openedFrom="
                + today.minusMonths(6) + "&openedTo=" + today + "&sort=openedOn,desc&limit=50"));
        queries.put("deadline_radar", i -> query.get("/api/deadlines?province=HO_CHI_MINH&withinWorkingDays=5"));
        queries.put("enterprise_profile", i -> query.get("/api/enterprises/" + taxCodes.get(i % taxCodes.size())));
        IntFunction<Http.Answer> freeze = i -> query.post("/api/reports/coordination",
                "{\"year\":" + today.getYear() + ",\"half\":\"H1\",\"province\":\"HO_CHI_MINH\"}");
        String report = freeze.apply(0).require("freezing the half-year report").json().path("id").asText();
        queries.put("half_year_report", i -> query.get("/api/reports/coordination/" + report));
        Map<String, Latencies> latencies = new LinkedHashMap<>();
        queries.forEach((name, call) -> latencies.put(name, time(name, call, runs)));
        latencies.put(FREEZE, time(FREEZE, freeze, Math.min(runs, FREEZE_RUNS)));
        return latencies;
    }

    private static Latencies time(String name, IntFunction<Http.Answer> call, int runs) {
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            call.apply(i).require(name);
        }
        var timed = new Latencies();
        for (int i = 0; i < runs; i++) {
            int run = WARM_UP_RUNS + i;
            timed.time(() -> call.apply(run)).require(name);
        }
        return timed;
    }

    /** Enterprises on file, from the most recently opened cases. */
    private List<String> taxCodes() {
        List<String> taxCodes = new ArrayList<>();
        for (JsonNode item : query.get("/api/cases?limit=200").require("the case list").json().path("items")) {
            String taxCode = item.path("enterpriseTaxCode").asText("");
            if (!taxCode.isEmpty() && !taxCodes.contains(taxCode)) {
                taxCodes.add(taxCode);
            }
        }
        if (taxCodes.isEmpty()) {
            throw new IllegalStateException("No case names an enterprise: is the store empty?");
        }
        return taxCodes;
    }
}
