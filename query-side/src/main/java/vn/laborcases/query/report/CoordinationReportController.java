package vn.laborcases.query.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laborcases.api.Province;
import vn.laborcases.query.enterprise.EnterpriseController;
import vn.laborcases.query.web.Csv;
import vn.laborcases.query.web.InvalidQueryException;
import vn.laborcases.query.web.Page;
import vn.laborcases.query.web.PageRequest;
import vn.laborcases.query.web.UnknownResourceException;

@RestController
@Tag(name = "Coordination reports", description = "Half-year and yearly figures, frozen with the event position "
        + "they were computed at so that they can be reproduced exactly")
public class CoordinationReportController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PATH = "/api/reports/coordination";
    private static final String NATIONAL = "NATIONAL";
    private static final List<String> CSV_HEADER = List.of("id", "year", "half", "province", "version",
            "periodFrom", "periodTo", "position", "frozenAt", "periodComplete", "enterprisesInspected",
            "workersAffected", "arrearsRecovered", "finesCollected", "amountsRecovered", "disputesResolved",
            "strikesStarted", "workStoppagesReported", "stoppages", "workersInStoppages");

    private final CoordinationReports reports;

    public CoordinationReportController(CoordinationReports reports) {
        this.reports = reports;
    }

    /** The body of a freeze: strings, so that a wrong value gets a message naming the field. */
    public record FreezeRequest(Integer year, String half, String province) {
    }

    /** A recomputation: the figures from the events up to the report's position, and whether they match. */
    public record Recomputation(UUID id, long position, CoordinationFigures frozen, CoordinationFigures recomputed,
                                boolean matches) {
    }

    @Operation(summary = "Freeze a coordination report at the event store's current position",
            description = "Body {\"year\":2026,\"half\":\"H1\"|\"H2\"|\"YEAR\",\"province\":null|\"HO_CHI_MINH\"}. "
                    + "Computes the figures from every event up to the store's head, stores them with that "
                    + "position and returns 201. Freezing the same period again adds a new version. A period "
                    + "not yet over can be frozen as a snapshot: periodComplete is then false. 403 for a province "
                    + "outside the reader's jurisdiction, or a national report by a reader who is not national.")
    @PostMapping(PATH)
    public ResponseEntity<CoordinationReport> freeze(@RequestBody FreezeRequest body) {
        if (body == null || body.year() == null) {
            throw new InvalidQueryException("year is required, for example 2026");
        }
        ReportPeriod period = period(body.year(), required(half(body.half())), province(body.province()));
        if (period.from().isAfter(LocalDate.now(VIETNAM))) {
            throw new InvalidQueryException("the period " + body.year() + " " + period.half()
                    + " has not begun; it starts on " + period.from());
        }
        CoordinationReport report = reports.freeze(period);
        return ResponseEntity.created(URI.create(PATH + "/" + report.id())).body(report);
    }

    @Operation(summary = "A frozen coordination report", description = "format=csv exports it as one CSV row. "
            + "404 for a report of a province outside the reader's jurisdiction, and for a national report unless "
            + "the reader is national.")
    @GetMapping(PATH + "/{id}")
    public ResponseEntity<?> report(@PathVariable String id, @RequestParam(required = false) String format) {
        boolean csv = EnterpriseController.csv(format);
        CoordinationReport report = find(id);
        if (!csv) {
            return ResponseEntity.ok(report);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(Csv.of(CSV_HEADER, List.of(row(report))));
    }

    @Operation(summary = "The frozen versions of coordination reports",
            description = "year, half (H1, H2, YEAR) and province (a province name, or NATIONAL for the "
                    + "whole-country reports) filter; without them every report is listed. Sorted by year, half, "
                    + "province and version. format=csv exports the page. Only the reports the reader may read (see "
                    + "GET /{id}) are listed.")
    @GetMapping(PATH)
    public ResponseEntity<?> list(@RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) String half,
                                  @RequestParam(required = false) String province,
                                  @RequestParam(required = false) String format,
                                  @RequestParam(required = false) Integer limit,
                                  @RequestParam(required = false) Integer offset) {
        if (year != null) {
            period(year, Half.YEAR, null);
        }
        boolean national = province != null && province.strip().equals(NATIONAL);
        boolean csv = EnterpriseController.csv(format);
        Page<CoordinationReport> page = reports.list(year, half(half), national ? null : province(province),
                national, PageRequest.of(limit, offset));
        if (!csv) {
            return ResponseEntity.ok(page);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("X-Total-Count", Long.toString(page.total()))
                .body(Csv.of(CSV_HEADER, page.items().stream().map(CoordinationReportController::row).toList()));
    }

    @Operation(summary = "Recompute a frozen report from its stored event position",
            description = "Reads the events up to the position stored with the report again and compares: "
                    + "matches is true when the figures are exactly the frozen ones.")
    @GetMapping(PATH + "/{id}/recomputation")
    public Recomputation recomputation(@PathVariable String id) {
        CoordinationReport report = find(id);
        CoordinationFigures recomputed = reports.recompute(report);
        return new Recomputation(report.id(), report.position(), report.figures(), recomputed,
                recomputed.equals(report.figures()));
    }

    private CoordinationReport find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("id must be a report id (a UUID); got '" + id + "'");
        }
        return reports.find(uuid).orElseThrow(() -> new UnknownResourceException("No coordination report " + id));
    }

    private static ReportPeriod period(int year, Half half, Province province) {
        if (year < ReportPeriod.FIRST_YEAR || year > ReportPeriod.LAST_YEAR) {
            throw new InvalidQueryException("year must be between " + ReportPeriod.FIRST_YEAR + " and "
                    + ReportPeriod.LAST_YEAR + "; got " + year);
        }
        return new ReportPeriod(year, half, province);
    }

    private static Half required(Half half) {
        if (half == null) {
            throw new InvalidQueryException("half is required: H1, H2 or YEAR");
        }
        return half;
    }

    private static Half half(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Half.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("half must be H1, H2 or YEAR; got '" + value + "'");
        }
    }

    private static Province province(String value) {
        return EnterpriseController.province(value);
    }

    private static List<?> row(CoordinationReport r) {
        CoordinationFigures f = r.figures();
        return List.of(r.id(), r.year(), r.half(), r.province() == null ? NATIONAL : r.province(), r.version(),
                r.periodFrom(), r.periodTo(), r.position(), r.frozenAt(), r.periodComplete(),
                f.enterprisesInspected(), f.workersAffected(), f.arrearsRecovered(), f.finesCollected(),
                f.amountsRecovered(), f.disputesResolved(), f.strikesStarted(), f.workStoppagesReported(),
                f.stoppages(), f.workersInStoppages());
    }
}
