package vn.laborcases.command;

import org.axonframework.messaging.MetaData;
import vn.laborcases.api.Envelope;
import vn.laborcases.command.infra.BusinessTime;

import java.time.Instant;

/**
 * The latest record of a fact in a case: the event that set its current value (its first record
 * or its latest correction) and that event's business time. A correction points at this event,
 * never at a superseded one, and carries its business time: the corrected value was true from
 * then on, so "as occurred" shows it from that moment while "as recorded" shows the wrong value
 * until the correction was logged.
 */
public record LatestRecord(String eventId, String businessTime) {

    /**
     * A record whose envelope has no business time happened when it was logged (the "as
     * occurred" axis reads it so too), so its correction takes that moment.
     */
    public static LatestRecord of(String eventId, String businessTime, Instant recordedAt) {
        return new LatestRecord(eventId, businessTime != null ? businessTime : BusinessTime.of(recordedAt));
    }

    /** Refuses a correction that names another event than this one (when it names one at all). */
    public void requireCorrects(String corrects, String fact) {
        if (corrects != null && !corrects.isBlank() && !corrects.equals(eventId)) {
            throw new CaseRuleViolationException(null, ("Event %s is not the latest record of %s, so it cannot be"
                    + " corrected: event %s replaced it. Reload the case history and correct %s, or leave"
                    + " 'corrects' out.").formatted(corrects, fact, eventId, eventId));
        }
    }

    /**
     * What the correction event's envelope takes from this record. Metadata given to apply()
     * wins over the correlation data copied from the command, so this business time replaces
     * the command's.
     */
    public MetaData correctionEnvelope() {
        return MetaData.with(Envelope.BUSINESS_TIME, businessTime);
    }
}
