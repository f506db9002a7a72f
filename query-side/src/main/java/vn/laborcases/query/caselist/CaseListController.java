package vn.laborcases.query.caselist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.laborcases.api.Province;
import vn.laborcases.query.security.Jurisdiction;
import vn.laborcases.query.web.Csv;
import vn.laborcases.query.web.InvalidQueryException;
import vn.laborcases.query.web.Page;
import vn.laborcases.query.web.PageRequest;
import vn.laborcases.query.web.UnknownResourceException;

import java.util.List;
import java.util.UUID;

/** The supervisors' list of cases of every type: filter, sort, page, export, and watch live. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Case list", description = "Every case of every type: disputes, work stoppages, wage-arrears "
        + "complaints and inspections, with their status, assignee and dates")
class CaseListController {

    /** The most rows one CSV export holds; narrow the filters to export more. */
    static final int CSV_MAX_ROWS = 10_000;

    private final CaseListQueries queries;
    private final CaseListBroadcaster broadcaster;
    private final Jurisdiction jurisdiction;

    CaseListController(CaseListQueries queries, CaseListBroadcaster broadcaster, Jurisdiction jurisdiction) {
        this.queries = queries;
        this.broadcaster = broadcaster;
        this.jurisdiction = jurisdiction;
    }

    @Operation(summary = "List cases",
            description = "Filters combine with AND; dates are inclusive business dates (YYYY-MM-DD). "
                    + "sort is openedOn (default, newest first), caseNumber or lastEventAt, each with ,asc or ,desc. "
                    + "format=csv exports the whole filtered list, up to " + CSV_MAX_ROWS + " rows in sort order "
                    + "(X-Total-Count tells how many matched; X-Export-Truncated: true when more did). Only the cases "
                    + "of the reader's provinces are listed; a province outside them lists none.")
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> list(
            @Parameter(description = "LABOR_DISPUTE, WORK_STOPPAGE, WAGE_ARREARS or INSPECTION")
            @RequestParam(required = false) String type,
            @Parameter(description = "A status of the case type (e.g. IN_MEDIATION, IN_FIELDWORK, ONGOING, CLOSED)")
            @RequestParam(required = false) String status,
            @Parameter(description = "Province enum name, e.g. HO_CHI_MINH")
            @RequestParam(required = false) String province,
            @Parameter(description = "Enterprise tax code, 10 or 13 digits")
            @RequestParam(required = false) String taxCode,
            @Parameter(description = "Mediator or lead inspector id")
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String openedFrom,
            @RequestParam(required = false) String openedTo,
            @RequestParam(required = false) String sort,
            @Parameter(description = "1 to " + PageRequest.MAX_LIMIT + ", default " + PageRequest.DEFAULT_LIMIT)
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset,
            @Parameter(description = "json (default) or csv")
            @RequestParam(required = false) String format) {
        CaseListFilter filter = CaseListFilter.parse(type, status, province, taxCode, assignee, openedFrom, openedTo);
        CaseListSort order = CaseListSort.parse(sort);
        if (format == null || format.equalsIgnoreCase("json")) {
            PageRequest page = PageRequest.of(limit, offset);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(Page.of(queries.page(filter, order, page), page, queries.count(filter)));
        }
        if (!format.equalsIgnoreCase("csv")) {
            throw new InvalidQueryException("format must be json or csv; got '" + format + "'");
        }
        long total = queries.count(filter);
        List<List<?>> rows = queries.all(filter, order, CSV_MAX_ROWS).stream()
                .<List<?>>map(CaseRow::csvCells).toList();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"cases.csv\"")
                .header("X-Total-Count", Long.toString(total))
                .header("X-Export-Truncated", Boolean.toString(total > CSV_MAX_ROWS))
                .body(Csv.of(CaseRow.CSV_HEADER, rows));
    }

    @Operation(summary = "Watch the cases of one province",
            description = "Server-Sent Events: an event named 'case' with the case row as JSON each time a case of "
                    + "the province changes, sent after the change is committed. 503 when the instance already "
                    + "serves its maximum of screens. A province outside the reader's jurisdiction gives a stream "
                    + "that stays empty.")
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@Parameter(description = "Province enum name, e.g. HO_CHI_MINH") @RequestParam String province) {
        return broadcaster.subscribe(CaseListFilter.parseEnum(Province.class, "province", province),
                jurisdiction.provinces());
    }

    @Operation(summary = "One case", description = "404 when no case has this id, or none in the reader's provinces.")
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    CaseRow one(@PathVariable String id) {
        UUID caseId;
        try {
            caseId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("A case id is a UUID (e.g. 60a4dc36-2b1e-4f8e-9c1a-0d3b5e7f9a21); got '"
                    + id + "'");
        }
        return queries.byId(caseId).orElseThrow(() -> new UnknownResourceException("No case has the id " + caseId));
    }
}
