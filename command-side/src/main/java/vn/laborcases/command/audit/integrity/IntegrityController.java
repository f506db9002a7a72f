package vn.laborcases.command.audit.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laborcases.command.web.ProblemResponses;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** The auditors' tamper evidence: each case's hash chain, whole-store checks, and the published anchors. */
@RestController
@RequestMapping("/audit")
@Tag(name = "Audit: tamper evidence", description = "Hash-chain verification of the event store and its daily anchors")
class IntegrityController {

    static final int MAX_ANCHOR_DAYS = 366;
    static final int MAX_LIMIT = 200;

    private final StoredChain chain;
    private final IntegrityChecks checks;
    private final Anchors anchors;

    IntegrityController(StoredChain chain, IntegrityChecks checks, Anchors anchors) {
        this.chain = chain;
        this.checks = checks;
        this.anchors = anchors;
    }

    @GetMapping("/cases/{caseId}/integrity")
    @Operation(summary = "Verify one case's chain", description = "Recomputes every event's hash and link; a deleted last event shows only against the day's anchor.")
    CaseIntegrity verifyCase(@PathVariable UUID caseId) {
        List<ChainedEvent> stream = chain.stream(caseId.toString());
        if (stream.isEmpty()) {
            throw new AggregateNotFoundException(caseId.toString(), "No events stored for " + caseId);
        }
        return CaseIntegrity.of(caseId.toString(), chain.caseNumber(caseId.toString()), stream);
    }

    @PostMapping("/integrity-checks")
    @Operation(summary = "Verify the whole store", description = "Starts a background check (202). While one runs, answers 200 with the running one instead of starting another.")
    ResponseEntity<IntegrityCheck> startCheck() {
        IntegrityChecks.Started started = checks.start();
        URI location = URI.create("/audit/integrity-checks/" + started.check().id());
        return ResponseEntity.status(started.isNew() ? HttpStatus.ACCEPTED : HttpStatus.OK).location(location)
                .body(started.check());
    }

    @GetMapping("/integrity-checks/{id}")
    @Operation(summary = "A whole-store check: progress, then result")
    IntegrityCheck check(@PathVariable UUID id) {
        return checks.find(id).orElseThrow(() -> notFound("unknown-integrity-check", "No such integrity check",
                "No integrity check exists with id " + id + "."));
    }

    @GetMapping("/integrity-checks")
    @Operation(summary = "The latest whole-store checks, newest first")
    List<IntegrityCheck> recentChecks(@RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + "; got " + limit);
        }
        return checks.recent(limit);
    }

    @GetMapping("/anchors")
    @Operation(summary = "Published anchors, one per completed day with events",
            description = "Days in Asia/Ho_Chi_Minh by record time; a day's first computation is published and kept.")
    List<Anchors.Anchor> anchors(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ").");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_ANCHOR_DAYS) {
            throw new IllegalArgumentException("Ask for at most " + MAX_ANCHOR_DAYS + " days at a time; "
                    + from + " to " + to + " is " + (ChronoUnit.DAYS.between(from, to) + 1) + ".");
        }
        return anchors.between(from, to);
    }

    @GetMapping("/anchors/{day}")
    @Operation(summary = "One day's anchor with the heads it commits to",
            description = "The published anchor, the same anchor recomputed now, whether they match, and a page of the stream heads.")
    AnchorDay anchor(@PathVariable LocalDate day, @RequestParam(defaultValue = "50") int limit,
                     @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT
                    + " and offset 0 or more; got limit " + limit + ", offset " + offset + ".");
        }
        anchors.between(day, day);
        Anchors.Anchor published = anchors.published(day).orElseThrow(() -> notFound("unknown-anchor", "No anchor for that day",
                "No anchor is published for " + day + ": no event was recorded that day, or the day is not over yet."));
        return AnchorDay.of(published, anchors.compute(day), limit, offset);
    }

    private static ErrorResponseException notFound(String type, String title, String detail) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                ProblemResponses.problem(HttpStatus.NOT_FOUND, type, title, detail), null);
    }
}
