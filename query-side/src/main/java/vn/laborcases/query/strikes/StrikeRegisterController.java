package vn.laborcases.query.strikes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laborcases.query.enterprise.EnterpriseController;
import vn.laborcases.query.outcomes.StatisticsFilters;
import vn.laborcases.query.web.Csv;
import vn.laborcases.query.web.InvalidQueryException;
import vn.laborcases.query.web.PageRequest;

@RestController
@Tag(name = "Strikes and work stoppages", description = "The register of strikes and work stoppages, and its summary")
public class StrikeRegisterController {

    private static final String FILTERS = "province, from and to (YYYY-MM-DD, inclusive, on the start date) and "
            + "lawful (true or false) filter. ownership and sector are not recorded on disputes or work "
            + "stoppages, so filtering by them is refused with 400 rather than answered with an empty register.";
    private static final List<String> CSV_HEADER = List.of("kind", "caseNumber", "taxCode", "enterpriseName",
            "province", "ownership", "sector", "workersInvolved", "startedOn", "endedOn", "durationDays", "lawful",
            "courtRuled", "violations", "demands");

    private final StrikeRegisterQuery register;

    public StrikeRegisterController(StrikeRegisterQuery register) {
        this.register = register;
    }

    @Operation(summary = "One row per strike and per work stoppage",
            description = FILTERS + " Duration is in calendar days, both ends counted, null while ongoing. "
                    + "sort=startedOn or -startedOn (default). format=csv exports the page.")
    @GetMapping("/api/strikes")
    public ResponseEntity<?> strikes(@RequestParam(required = false) String province,
                                     @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String lawful,
                                     @RequestParam(required = false) String ownership,
                                     @RequestParam(required = false) String sector,
                                     @RequestParam(required = false) String sort,
                                     @RequestParam(required = false) String format,
                                     @RequestParam(required = false) Integer limit,
                                     @RequestParam(required = false) Integer offset) {
        var filter = filter(province, from, to, lawful, ownership, sector);
        boolean csv = EnterpriseController.csv(format);
        var page = register.find(filter, sort(sort), PageRequest.of(limit, offset));
        if (!csv) {
            return ResponseEntity.ok(page);
        }
        List<List<?>> rows = page.items().stream().<List<?>>map(r -> Arrays.asList(r.kind(), r.caseNumber(),
                r.taxCode(), r.enterpriseName(), r.province(), r.ownership(), r.sector(), r.workersInvolved(),
                r.startedOn(), r.endedOn(), r.durationDays(), r.lawful(), r.courtRuled(), join(r.violations()),
                join(r.demands()))).toList();
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("X-Total-Count", Long.toString(page.total()))
                .body(Csv.of(CSV_HEADER, rows));
    }

    @Operation(summary = "Count, workers involved, mean duration and share unlawful of the strikes and stoppages",
            description = FILTERS + " The mean duration counts only those that ended; shares are null when "
                    + "nothing matches.")
    @GetMapping("/api/strikes/summary")
    public StrikeRegisterQuery.Summary summary(@RequestParam(required = false) String province,
                                               @RequestParam(required = false) String from,
                                               @RequestParam(required = false) String to,
                                               @RequestParam(required = false) String lawful,
                                               @RequestParam(required = false) String ownership,
                                               @RequestParam(required = false) String sector) {
        return register.summary(filter(province, from, to, lawful, ownership, sector));
    }

    private static StrikeRegisterQuery.Filter filter(String province, String from, String to, String lawful,
                                                     String ownership, String sector) {
        for (var unrecorded : List.of(new String[] {"ownership", ownership}, new String[] {"sector", sector})) {
            if (unrecorded[1] != null && !unrecorded[1].isBlank()) {
                throw new InvalidQueryException(unrecorded[0] + " is not recorded on disputes or work stoppages, "
                        + "so the register cannot be filtered by it; leave it out");
            }
        }
        var period = StatisticsFilters.period(from, to);
        return new StrikeRegisterQuery.Filter(EnterpriseController.province(province), period.from(), period.to(),
                StatisticsFilters.bool("lawful", lawful));
    }

    private static StrikeRegisterQuery.Sort sort(String sort) {
        if (sort == null || sort.isBlank() || sort.equals("-startedOn")) {
            return StrikeRegisterQuery.Sort.STARTED_DESC;
        }
        if (sort.equals("startedOn")) {
            return StrikeRegisterQuery.Sort.STARTED_ASC;
        }
        throw new InvalidQueryException("sort must be startedOn or -startedOn; got '" + sort + "'");
    }

    private static String join(List<String> values) {
        return values == null ? null : String.join("; ", values);
    }
}
