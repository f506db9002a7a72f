package vn.laborcases.command.audit.timeline;

import vn.laborcases.command.web.InvalidRequestException;
import vn.laborcases.rules.Deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The moments an auditor names in a query, read strictly: a moment that does not parse is a 400, never a guess. */
final class Moments {

    private Moments() {
    }

    /** A moment on the given axis: a record time or a business time. */
    static Instant on(TimeAxis axis, String parameter, String value) {
        return switch (axis) {
            case RECORDED -> recordTime(parameter, value);
            case OCCURRED -> businessTime(parameter, value);
        };
    }

    /** A record time: an instant with its offset, such as 2026-03-05T10:00:00Z. */
    static Instant recordTime(String parameter, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(parameter
                    + " is a record time: an instant with its offset, such as 2026-03-05T10:00:00Z; got " + value);
        }
    }

    /**
     * A business time: an instant, or a date, which means the whole of that day in Vietnam
     * (up to its last instant), since business times are legal days at +07:00.
     */
    static Instant businessTime(String parameter, String value) {
        try {
            return value.length() == 10 ? endOf(LocalDate.parse(value)) : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(parameter + " is a business time: a date such as 2026-03-05 (the end of"
                    + " that day in Vietnam) or an instant such as 2026-03-05T10:00:00Z; got " + value);
        }
    }

    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Deadlines.ZONE).toInstant().minusNanos(1);
    }
}
