package vn.laborcases.command.audit.timeline;

import vn.laborcases.api.CaseType;
import vn.laborcases.command.CaseState;
import vn.laborcases.rules.Deadlines;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the auditors' state and changes endpoints answer. */
final class PastStates {

    private PastStates() {
    }

    /**
     * A case as it stood at {@code moment} on {@code axis}; on the occurred axis, as known at
     * {@code knownAt}. {@code state} is exactly what the case's GET answers, rebuilt from
     * {@code eventsApplied} events.
     */
    record PastState(UUID caseId, CaseType caseType, String aggregateType, TimeAxis axis, OffsetDateTime moment,
                     OffsetDateTime knownAt, int eventsApplied, long lastSequenceNumber, CaseState state) {
    }

    /** One event between the two moments of a diff. */
    record EventMark(long sequenceNumber, String eventType, OffsetDateTime recordedAt, OffsetDateTime occurredAt) {
    }

    /**
     * What changed between {@code from} and {@code to}: the events in between (at most
     * {@link #MAX_EVENTS} listed, {@code eventCount} in all) and the differences of the two
     * states. {@code fromExisted} is false when the case had no events yet at {@code from}.
     */
    record Changes(UUID caseId, CaseType caseType, TimeAxis axis, OffsetDateTime from, OffsetDateTime to,
                   OffsetDateTime knownAt, boolean fromExisted, int eventCount, boolean eventsTruncated,
                   List<EventMark> events, List<JsonChanges.Change> changes) {
    }

    static final int MAX_EVENTS = 200;

    static OffsetDateTime inVietnam(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, Deadlines.ZONE);
    }
}
