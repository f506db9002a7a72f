package vn.laborcases.query.replay;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far one replay of one projection has come: read by the API and the gauges while the
 * replay thread writes it.
 */
final class ReplayProgress {

    enum Phase {
        QUEUED, CREATING_SHADOW, REPLAYING, INDEXING, PAUSING_LIVE, CATCHING_UP, COMPARING, SWAPPING, DONE, FAILED
    }

    private final UUID id = UUID.randomUUID();
    private final String projection;
    private final AtomicLong eventsDone = new AtomicLong();
    private volatile long eventsLeft;
    private volatile long position;
    private volatile Phase phase = Phase.QUEUED;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String error;
    /** Time spent in each phase left so far, in ms: what a slow replay spent its time on. */
    private final Map<Phase, Long> phaseMillis = new EnumMap<>(Phase.class);
    private long phaseStartedNanos;

    ReplayProgress(String projection) {
        this.projection = projection;
    }

    UUID id() {
        return id;
    }

    String projection() {
        return projection;
    }

    void phase(Phase next) {
        if (startedAt == null) {
            startedAt = Instant.now();
        }
        long now = System.nanoTime();
        synchronized (phaseMillis) {
            if (phase != Phase.QUEUED) {
                phaseMillis.merge(phase, (now - phaseStartedNanos) / 1_000_000, Long::sum);
            }
            phaseStartedNanos = now;
        }
        phase = next;
        if (next == Phase.DONE || next == Phase.FAILED) {
            finishedAt = Instant.now();
        }
    }

    void failed(Exception cause) {
        error = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        phase(Phase.FAILED);
    }

    /** A batch read: {@code events} more done, now at global index {@code position} of {@code head}. */
    void advanced(int events, long position, long head) {
        eventsDone.addAndGet(events);
        this.position = position;
        eventsLeft = Math.max(0, head - position);
    }

    boolean finished() {
        return phase == Phase.DONE || phase == Phase.FAILED;
    }

    long eventsDone() {
        return eventsDone.get();
    }

    long eventsLeft() {
        return eventsLeft;
    }

    ReplayRate rate() {
        Instant started = startedAt;
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        return started == null ? ReplayRate.of(0, 0, 0)
                : ReplayRate.of(eventsDone(), end.toEpochMilli() - started.toEpochMilli(), eventsLeft);
    }

    /** The seconds spent in each phase that has ended, in the order of the phases. */
    Map<Phase, Double> secondsByPhase() {
        Map<Phase, Double> seconds = new LinkedHashMap<>();
        synchronized (phaseMillis) {
            phaseMillis.forEach((phase, millis) -> seconds.put(phase, millis / 1e3));
        }
        return seconds;
    }

    /** What the API shows. */
    View view() {
        ReplayRate rate = rate();
        return new View(id, projection, phase, eventsDone(), eventsLeft, position, rate.eventsPerSecond(),
                rate.secondsRemaining(), startedAt, finishedAt, error, secondsByPhase());
    }

    /** @param secondsByPhase the time each phase took, for those that have ended (absent in older stored runs) */
    record View(UUID id, String projection, Phase phase, long eventsDone, long eventsLeft, long position,
                Double eventsPerSecond, Long secondsRemaining, Instant startedAt, Instant finishedAt,
                String error, Map<Phase, Double> secondsByPhase) {
    }
}
