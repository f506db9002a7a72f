package vn.laborcases.command.audit.timeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.laborcases.command.audit.timeline.PastStates.Changes;
import vn.laborcases.command.audit.timeline.PastStates.EventMark;
import vn.laborcases.command.audit.timeline.PastStates.PastState;
import vn.laborcases.command.web.InvalidRequestException;
import vn.laborcases.command.web.ProblemResponses;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static vn.laborcases.command.audit.timeline.PastStates.inVietnam;

/** The auditors' view of a case at a past moment, on either time axis, and what changed between two moments. */
@RestController
@RequestMapping("/audit/cases/{caseId}")
@Tag(name = "Audit: a case at a past moment", description = "Rebuilt by replaying the case's events through its aggregate, on record time or on business time")
class AuditTimelineController {

    private static final String AS_RECORDED_AT = "asRecordedAt";
    private static final String AS_OCCURRED_AT = "asOccurredAt";
    private static final String KNOWN_AT = "knownAt";

    private final CaseReplay replay;
    private final JsonMapper json;
    private final Clock clock;

    AuditTimelineController(CaseReplay replay, JsonMapper json, Clock clock) {
        this.replay = replay;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/state")
    @Operation(summary = "A case as it stood at a past moment",
            description = "Give exactly one of asRecordedAt (what the file said then: the events recorded by that instant,"
                    + " in the order recorded) or asOccurredAt (what was true then: the events whose business time is"
                    + " not after it, in the order they happened, so a late entry changes the past). asOccurredAt is a"
                    + " date, meaning the end of that day in Asia/Ho_Chi_Minh, or an instant; knownAt (an instant,"
                    + " default now) limits it to what had been recorded by then. The state is the JSON of the case's"
                    + " own GET. 404 when the case did not exist yet at that moment.")
    PastState state(@PathVariable UUID caseId,
                    @Parameter(description = "A record time, such as 2026-03-05T10:00:00Z") @RequestParam(required = false) String asRecordedAt,
                    @Parameter(description = "A business date (end of that day in Vietnam) or instant") @RequestParam(required = false) String asOccurredAt,
                    @Parameter(description = "With asOccurredAt only: what had been recorded by this instant (default now)") @RequestParam(required = false) String knownAt) {
        if ((asRecordedAt == null) == (asOccurredAt == null)) {
            throw new InvalidRequestException("Give exactly one of " + AS_RECORDED_AT + " (record time) or "
                    + AS_OCCURRED_AT + " (business time)");
        }
        TimeAxis axis = asRecordedAt != null ? TimeAxis.RECORDED : TimeAxis.OCCURRED;
        Instant moment = axis == TimeAxis.RECORDED ? Moments.recordTime(AS_RECORDED_AT, asRecordedAt)
                : Moments.businessTime(AS_OCCURRED_AT, asOccurredAt);
        Instant known = knownAt(axis, knownAt);
        CaseReplay.CaseStream stream = replay.stream(caseId);
        CaseReplay.Rebuilt rebuilt = replay.at(stream, axis, moment, known)
                .orElseThrow(() -> new NotYetACaseException(caseId, axis, moment));
        return new PastState(caseId, rebuilt.caseType(), stream.aggregateType(), axis, inVietnam(moment),
                inVietnam(known), rebuilt.eventsApplied(), rebuilt.lastSequenceNumber(), rebuilt.state());
    }

    @GetMapping("/changes")
    @Operation(summary = "What changed in a case between two moments of one axis",
            description = "axis=recorded takes from/to as instants; axis=occurred as dates (end of day in Vietnam) or"
                    + " instants, with knownAt as for the state. Lists the events between the two moments (after from,"
                    + " up to and including to; at most 200) and each difference of the two states as"
                    + " {path (JSON Pointer), op (added|removed|changed), before, after}. to defaults to now.")
    Changes changes(@PathVariable UUID caseId, @RequestParam(required = false) String axis,
                    @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String knownAt) {
        TimeAxis timeAxis = TimeAxis.named(axis);
        if (timeAxis == null) {
            throw new InvalidRequestException("axis must be " + TimeAxis.labels() + "; got " + axis);
        }
        if (from == null) {
            throw new InvalidRequestException("from is required: the earlier moment");
        }
        Instant start = Moments.on(timeAxis, "from", from);
        Instant end = to == null ? clock.instant() : Moments.on(timeAxis, "to", to);
        if (end.isBefore(start)) {
            throw new InvalidRequestException("from (" + from + ") is after to (" + inVietnam(end) + ")");
        }
        Instant known = knownAt(timeAxis, knownAt);
        CaseReplay.CaseStream stream = replay.stream(caseId);
        Optional<CaseReplay.Rebuilt> before = replay.at(stream, timeAxis, start, known);
        CaseReplay.Rebuilt after = replay.at(stream, timeAxis, end, known)
                .orElseThrow(() -> new NotYetACaseException(caseId, timeAxis, end));
        List<EventMark> between = Timeline.between(timeAxis, stream.entries(), start, end, known).stream()
                .map(AuditTimelineController::mark).toList();
        JsonNode beforeJson = before.map(rebuilt -> json.<JsonNode>valueToTree(rebuilt.state())).orElse(null);
        return new Changes(caseId, after.caseType(), timeAxis, inVietnam(start), inVietnam(end), inVietnam(known),
                before.isPresent(), between.size(), between.size() > PastStates.MAX_EVENTS,
                between.subList(0, Math.min(between.size(), PastStates.MAX_EVENTS)),
                JsonChanges.between(beforeJson, json.valueToTree(after.state())));
    }

    private Instant knownAt(TimeAxis axis, String knownAt) {
        if (knownAt == null) {
            return axis == TimeAxis.OCCURRED ? clock.instant() : null;
        }
        if (axis != TimeAxis.OCCURRED) {
            throw new InvalidRequestException(KNOWN_AT + " bounds the business-time axis only; on the record-time axis"
                    + " the moment itself says what was known");
        }
        return Moments.recordTime(KNOWN_AT, knownAt);
    }

    private static EventMark mark(Timeline.Entry<DomainEventMessage<?>> entry) {
        String type = entry.event().getPayloadType().getSimpleName();
        return new EventMark(entry.sequenceNumber(), type, inVietnam(entry.recordedAt()), inVietnam(entry.occurredAt()));
    }

    /** The case had no events yet at that moment on that axis. */
    static final class NotYetACaseException extends RuntimeException {
        NotYetACaseException(UUID caseId, TimeAxis axis, Instant moment) {
            super("Case " + caseId + " had no events yet at " + inVietnam(moment) + (axis == TimeAxis.RECORDED
                    ? " (record time): it was opened later." : " (business time): it was opened later, or that was not yet known."));
        }
    }

    @ExceptionHandler(NotYetACaseException.class)
    ProblemDetail notYetACase(NotYetACaseException e) {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, "case-not-yet-opened", "No such case at that moment",
                e.getMessage());
    }

    @ExceptionHandler(CaseReplay.UnreplayableOrderException.class)
    ProblemDetail unreplayable(CaseReplay.UnreplayableOrderException e) {
        return ProblemResponses.problem(HttpStatus.CONFLICT, "unreplayable-order", "Cannot replay in business order",
                e.getMessage());
    }
}
