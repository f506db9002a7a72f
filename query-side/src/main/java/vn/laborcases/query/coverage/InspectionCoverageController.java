package vn.laborcases.query.coverage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

@RestController
@Tag(name = "Inspection coverage", description = "Inspections by enterprise size and sector, violations and fines")
public class InspectionCoverageController {

    private static final List<String> CSV_HEADER = List.of("dimension", "group", "inspections", "withViolations",
            "shareWithViolations", "finesImposed", "finesCollected");

    private final InspectionCoverageQuery coverage;

    public InspectionCoverageController(InspectionCoverageQuery coverage) {
        this.coverage = coverage;
    }

    @Operation(summary = "Inspections opened in a period by size band (headcount) and sector (VSIC code)",
            description = "province, from and to (YYYY-MM-DD, inclusive, on the opening date) filter. Size bands: "
                    + "1-10, 11-50, 51-200, 201+ and unknown (no headcount recorded); sector null means not "
                    + "recorded. An inspection found violations when it recorded at least one finding. Fines "
                    + "imposed are current amounts after amendments; collected, the payments recorded. "
                    + "format=csv exports the totals, the bands and the sectors.")
    @GetMapping("/api/inspection-coverage")
    public ResponseEntity<?> coverage(@RequestParam(required = false) String province,
                                      @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String format) {
        var period = StatisticsFilters.period(from, to);
        boolean csv = EnterpriseController.csv(format);
        var report = coverage.report(new InspectionCoverageQuery.Filter(EnterpriseController.province(province),
                period.from(), period.to()));
        if (!csv) {
            return ResponseEntity.ok(report);
        }
        List<List<?>> rows = new ArrayList<>();
        rows.add(line("TOTAL", null, report.totals()));
        report.bySize().forEach(g -> rows.add(line("SIZE", g.label(), g)));
        report.bySector().forEach(g -> rows.add(line("SECTOR", g.sector() == null ? "unknown" : g.sector(), g)));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(Csv.of(CSV_HEADER, rows));
    }

    private static List<?> line(String dimension, String group, InspectionCoverageQuery.Group g) {
        return Arrays.asList(dimension, group, g.inspections(), g.withViolations(), g.shareWithViolations(),
                g.finesImposed(), g.finesCollected());
    }
}
