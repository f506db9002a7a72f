package vn.laborcases.command.audit.integrity;

import vn.laborcases.rules.Deadlines;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A calendar day in Vietnam (Asia/Ho_Chi_Minh) on the record-time axis, as a range of the
 * event store's time_stamp text. Axon writes time stamps as ISO-8601 UTC instants, whose text
 * sorts like the instants, so a day is {@code start <= time_stamp < end} with both bounds cut
 * to the second: every stamp of the day's first second begins with {@code start}.
 */
record RecordDay(LocalDate day) {

    private static final DateTimeFormatter PREFIX = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    String start() {
        return PREFIX.format(startInstant(day));
    }

    String end() {
        return PREFIX.format(startInstant(day.plusDays(1)));
    }

    /** Complete once it is over and the grace for transactions still committing its events has passed. */
    boolean completedAt(Instant now, Duration grace) {
        return !startInstant(day.plusDays(1)).plus(grace).isAfter(now);
    }

    static RecordDay of(String timeStamp) {
        return new RecordDay(LocalDate.ofInstant(Instant.parse(timeStamp), Deadlines.ZONE));
    }

    private static Instant startInstant(LocalDate day) {
        return day.atStartOfDay(Deadlines.ZONE).toInstant();
    }
}
