package vn.laborcases.query.deadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.Province;
import vn.laborcases.query.web.Csv;
import vn.laborcases.query.web.InvalidQueryException;
import vn.laborcases.query.web.Page;
import vn.laborcases.query.web.PageRequest;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The deadline radar: what falls due soon, and what has been missed. */
@RestController
@RequestMapping("/api/deadlines")
@Tag(name = "Deadline radar", description = "Statutory deadlines of every case: due soon, or missed")
class DeadlineRadarController {

    private static final List<String> CSV_HEADER = List.of("caseId", "caseType", "caseNumber", "province", "kind",
            "dueOn", "legalBasis", "state", "resolvedOn", "assignee");

    private final DeadlineRadarQueries queries;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();

    DeadlineRadarController(DeadlineRadarQueries queries) {
        this.queries = queries;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @Operation(summary = "Open deadlines due within N working days, or missed deadlines",
            description = "Without missed: OPEN deadlines due from today up to N working days ahead on Vietnam's "
                    + "working-day calendar (days off right after the N-th working day included). With missed=true: "
                    + "deadlines whose lapse is recorded, and OPEN ones whose last day is before today. "
                    + "Sorted by dueOn ascending unless sort says otherwise; format=csv exports the page as CSV.")
    ResponseEntity<?> deadlines(
            @Parameter(description = "Working days ahead, 0 to 60 (default 10); not with missed=true")
            @RequestParam(required = false) Integer withinWorkingDays,
            @Parameter(description = "true: missed deadlines instead of those due soon")
            @RequestParam(defaultValue = "false") boolean missed,
            @Parameter(description = "Today, YYYY-MM-DD (default: today in Asia/Ho_Chi_Minh)")
            @RequestParam(required = false) String asOf,
            @Parameter(description = "Province, e.g. HO_CHI_MINH") @RequestParam(required = false) String province,
            @Parameter(description = "LABOR_DISPUTE, WAGE_ARREARS or INSPECTION")
            @RequestParam(required = false) String caseType,
            @Parameter(description = "Deadline kind, e.g. MEDIATION") @RequestParam(required = false) String kind,
            @Parameter(description = "Mediator or lead inspector") @RequestParam(required = false) String assignee,
            @Parameter(description = "dueOn (default), -dueOn or caseNumber") @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) String format) {
        boolean csv = csv(format);
        LocalDate today = RadarFilters.today(asOf);
        Integer workingDays = DeadlineQuery.workingDays(withinWorkingDays, missed);
        DeadlineQuery query = new DeadlineQuery(missed, today,
                missed ? null : DueWindow.of(today, workingDays, calendar),
                RadarFilters.enumValue(Province.class, "province", province),
                RadarFilters.enumValue(CaseType.class, "caseType", caseType),
                RadarFilters.enumValue(DeadlineKind.class, "kind", kind),
                assignee == null || assignee.isBlank() ? null : assignee.trim(),
                DeadlineQuery.orderBy(sort), PageRequest.of(limit, offset));
        Page<DeadlineView> page = queries.find(query);
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(page);
        }
        List<List<?>> rows = page.items().stream().<List<?>>map(d -> Arrays.asList(d.caseId(), d.caseType(),
                d.caseNumber(), d.province(), d.kind(), d.dueOn(), d.legalBasis(), d.state(), d.resolvedOn(),
                d.assignee())).toList();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"deadlines.csv\"")
                .body(Csv.of(CSV_HEADER, rows));
    }

    static boolean csv(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return false;
        }
        if (format.equalsIgnoreCase("csv")) {
            return true;
        }
        throw new InvalidQueryException("format must be json or csv; got '" + format + "'");
    }
}
