package vn.laborcases.command.audit.integrity;

import java.time.Duration;
import java.time.Instant;

/**
 * The rate and the time left of a whole-store check, from events checked so far. The total is
 * counted at the start, so events recorded meanwhile can take the count past it.
 */
record CheckProgress(Double eventsPerSecond, Long secondsRemaining) {

    static CheckProgress of(long checked, long total, Instant startedAt, Instant until, boolean finished) {
        double seconds = Duration.between(startedAt, until).toMillis() / 1000.0;
        if (seconds <= 0 || checked == 0) {
            return new CheckProgress(null, finished ? 0L : null);
        }
        double rate = checked / seconds;
        long remaining = finished ? 0 : (long) Math.ceil(Math.max(0, total - checked) / rate);
        return new CheckProgress(Math.round(rate * 10) / 10.0, remaining);
    }
}
