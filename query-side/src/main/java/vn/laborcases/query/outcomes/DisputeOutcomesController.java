package vn.laborcases.query.outcomes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.query.enterprise.EnterpriseController;
import vn.laborcases.query.web.Csv;
import vn.laborcases.query.web.InvalidQueryException;

@RestController
@Tag(name = "Dispute outcomes", description = "Mediation success, days to resolution, escalation and time bars")
public class DisputeOutcomesController {

    private static final List<String> CSV_HEADER = List.of("province", "filed", "mediationsConcluded", "settled",
            "failed", "lapsed", "mediationSuccessRate", "resolved", "medianDaysToResolution",
            "meanDaysToResolution", "escalated", "shareEscalated", "timeBarOverridden", "shareTimeBarred");

    private final DisputeOutcomesQuery outcomes;

    public DisputeOutcomesController(DisputeOutcomesQuery outcomes) {
        this.outcomes = outcomes;
    }

    @Operation(summary = "Dispute outcomes of the disputes filed in a period",
            description = "province, kind (INDIVIDUAL, COLLECTIVE_RIGHTS, COLLECTIVE_INTERESTS), from and to "
                    + "(YYYY-MM-DD, inclusive, on the date of receipt) filter. Mediation success rate is settled / "
                    + "(settled + failed + lapsed); days to resolution are calendar days from receipt to "
                    + "settlement, arbitration compliance or judgment; escalated means arbitration was requested "
                    + "or the dispute went to court; time-barred counts filings accepted past the time bar on "
                    + "recorded evidence (refused filings are not recorded). Rates are null when nothing is "
                    + "counted. groupBy=province adds one row per province; format=csv exports the rows.")
    @GetMapping("/api/dispute-outcomes")
    public ResponseEntity<?> outcomes(@RequestParam(required = false) String province,
                                      @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String kind,
                                      @RequestParam(required = false) String groupBy,
                                      @RequestParam(required = false) String format) {
        var period = StatisticsFilters.period(from, to);
        var filter = new DisputeOutcomesQuery.Filter(EnterpriseController.province(province), period.from(),
                period.to(), StatisticsFilters.enumValue("kind", kind, DisputeKind.class));
        boolean byProvince = byProvince(groupBy);
        boolean csv = EnterpriseController.csv(format);
        var report = outcomes.report(filter, byProvince);
        if (!csv) {
            return ResponseEntity.ok(report);
        }
        List<List<?>> rows = new ArrayList<>();
        for (var figures : byProvince ? report.byProvince() : List.of(report.totals())) {
            rows.add(java.util.Arrays.asList(figures.province(), figures.filed(), figures.mediationsConcluded(),
                    figures.settled(), figures.failed(), figures.lapsed(), figures.mediationSuccessRate(),
                    figures.resolved(), figures.medianDaysToResolution(), figures.meanDaysToResolution(),
                    figures.escalated(), figures.shareEscalated(), figures.timeBarOverridden(),
                    figures.shareTimeBarred()));
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(Csv.of(CSV_HEADER, rows));
    }

    private static boolean byProvince(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            return false;
        }
        if (groupBy.strip().equals("province")) {
            return true;
        }
        throw new InvalidQueryException("groupBy can only be province; got '" + groupBy + "'");
    }
}
