package vn.laborcases.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.laborcases.query.web.InvalidQueryException;
import vn.laborcases.query.web.PageRequest;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The auditors' reading of the event store: one case's history, and the trail of every event.
 * An export is written straight to the response (the handler then answers null), so that a
 * whole history or trail streams out without being held in memory.
 */
@RestController
@RequestMapping("/audit")
@Tag(name = "Audit", description = "Who did what, when and why: every event with its full envelope and a sentence")
class AuditController {

    private static final String EXPORTS = "format=csv or format=ndjson (or Accept: application/x-ndjson or text/csv) "
            + "streams every entry, not a page.";

    private final CaseHistory history;
    private final AuditTrailQueries trail;
    private final Sentences sentences;

    AuditController(CaseHistory history, AuditTrailQueries trail, Sentences sentences) {
        this.history = history;
        this.trail = trail;
        this.sentences = sentences;
    }

    @Operation(summary = "A case's history",
            description = "Every event of the case in sequence order, read from the event store, with actor, role, "
                    + "on whose behalf, business and record time, reason, legal basis, rule-set version, command, "
                    + "correlation and causation ids, document hashes, corrections and a sentence. Pages start at "
                    + "fromSequence (default 0); nextFromSequence starts the next one. " + EXPORTS
                    + " 404 when no case has the id.")
    @GetMapping(path = "/cases/{caseId}/history",
            produces = {MediaType.APPLICATION_JSON_VALUE, AuditExport.NDJSON, "text/csv"})
    ResponseEntity<?> history(
            @PathVariable String caseId,
            @Parameter(description = "The sequence number to start at, 0 or more") @RequestParam(required = false)
            Long fromSequence,
            @Parameter(description = "1 to " + PageRequest.MAX_LIMIT + ", default " + PageRequest.DEFAULT_LIMIT)
            @RequestParam(required = false) Integer limit,
            @Parameter(description = "json (default), csv or ndjson") @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        String id = caseId(caseId);
        AuditExport.Format wanted = AuditExport.Format.of(format, accept);
        if (wanted != AuditExport.Format.JSON) {
            AuditExport.write(wanted, "history-" + id, history.export(id), response);
            return null;
        }
        long from = fromSequence == null ? 0 : fromSequence;
        if (from < 0) {
            throw new InvalidQueryException("fromSequence must be 0 or more; got " + from);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(history.page(id, from, PageRequest.of(limit, 0).limit()));
    }

    /** One page of the global trail; {@code next} repeats the query for the page after it. */
    record TrailPage(List<AuditEntry> items, int limit, String order, Long nextAfter, String next) {
    }

    @Operation(summary = "The global audit trail",
            description = "Every event of every case, filtered (filters combine with AND). action takes event "
                    + "types without 'Event', comma-separated (GET /audit/actions lists them). from and to bound "
                    + "the time axis chosen by axis: recorded (default, when it was logged) or business (when it "
                    + "happened); a day YYYY-MM-DD covers the whole day in Vietnam, both ends included; a date-time "
                    + "with offset is exact, to excluded. order=desc (default) gives the newest first, asc the "
                    + "oldest first; pages follow a cursor: pass nextAfter as after. " + EXPORTS
                    + " Example: every sanction amended by anyone in March 2026: "
                    + "action=SanctionAmended&axis=business&from=2026-03-01&to=2026-03-31.")
    @GetMapping(path = "/events", produces = {MediaType.APPLICATION_JSON_VALUE, AuditExport.NDJSON, "text/csv"})
    ResponseEntity<?> events(
            @Parameter(description = "Who did it, e.g. inspector-75-011") @RequestParam(required = false) String actor,
            @Parameter(description = "In what role, e.g. INSPECTOR or SYSTEM") @RequestParam(required = false)
            String role,
            @Parameter(description = "Kinds of action, e.g. SanctionAmended,FinePaid") @RequestParam(required = false)
            String action,
            @Parameter(description = "LABOR_DISPUTE, WORK_STOPPAGE, WAGE_ARREARS or INSPECTION")
            @RequestParam(required = false) String caseType,
            @Parameter(description = "Province enum name, e.g. HO_CHI_MINH") @RequestParam(required = false)
            String province,
            @Parameter(description = "The enterprise's tax code, 10 or 13 digits") @RequestParam(required = false)
            String taxCode,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @Parameter(description = "recorded (default) or business") @RequestParam(required = false) String axis,
            @Parameter(description = "desc (default, newest first) or asc") @RequestParam(required = false)
            String order,
            @Parameter(description = "The nextAfter of the previous page") @RequestParam(required = false) Long after,
            @Parameter(description = "1 to " + PageRequest.MAX_LIMIT + ", default " + PageRequest.DEFAULT_LIMIT)
            @RequestParam(required = false) Integer limit,
            @Parameter(description = "json (default), csv or ndjson") @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        TrailFilter filter = TrailFilter.parse(actor, role, action, caseType, province, taxCode, from, to, axis,
                sentences.eventTypes());
        boolean newestFirst = newestFirst(order);
        AuditExport.Format wanted = AuditExport.Format.of(format, accept);
        if (wanted != AuditExport.Format.JSON) {
            AuditExport.write(wanted, "audit-trail", sink -> trail.export(filter, newestFirst, sink), response);
            return null;
        }
        int rows = PageRequest.of(limit, 0).limit();
        AuditTrailQueries.Slice slice = trail.page(filter, newestFirst, after, rows);
        String next = slice.nextAfter() == null ? null : ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("after", slice.nextAfter()).build().toUriString();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(new TrailPage(slice.items(), rows, newestFirst ? "desc" : "asc", slice.nextAfter(), next));
    }

    @Operation(summary = "The kinds of action", description = "Every action name the trail's action filter takes.")
    @GetMapping(path = "/actions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<String> actions() {
        return sentences.eventTypes().stream().map(AuditEntry::action).toList();
    }

    private static String caseId(String value) {
        try {
            return UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("A case id is a UUID (e.g. 60a4dc36-2b1e-4f8e-9c1a-0d3b5e7f9a21); got '"
                    + value + "'");
        }
    }

    private static boolean newestFirst(String order) {
        if (order == null || order.isBlank()) {
            return true;
        }
        return switch (order.strip().toLowerCase(Locale.ROOT)) {
            case "desc" -> true;
            case "asc" -> false;
            default -> throw new InvalidQueryException("order must be desc (newest first) or asc (oldest first); got '"
                    + order + "'");
        };
    }
}
