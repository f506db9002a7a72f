package vn.laborcases.bench;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * How long after a command's acknowledgement its change shows through the query API: for every
 * Nth acknowledged command, GET /api/cases/{id} on the query side every {@link #POLL_INTERVAL}
 * until its lastSequence reaches the acknowledged version. The lag is taken when the answer that
 * shows it arrives, so it is exact to within the interval plus one GET. A sample that finds
 * every prober busy is skipped rather than queued, which would add the queue's wait to its lag.
 */
final class ProjectionLag implements CommandLoad.Acknowledged {

    static final Duration POLL_INTERVAL = Duration.ofMillis(2);
    private static final int PROBERS = 8;
    private static final long GIVE_UP = TimeUnit.SECONDS.toNanos(60);

    private final Http query;
    private final int sampleEvery;
    private final Latencies lags = new Latencies();
    private final Latencies polls = new Latencies();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong unresolved = new AtomicLong();
    private final ThreadPoolExecutor probers = new ThreadPoolExecutor(PROBERS, PROBERS, 0, TimeUnit.SECONDS,
            new SynchronousQueue<>());

    ProjectionLag(Http query, int sampleEvery) {
        this.query = query;
        this.sampleEvery = sampleEvery;
    }

    @Override
    public void acknowledged(String caseId, long version) {
        long ackedAt = System.nanoTime();
        if (acknowledged.incrementAndGet() % sampleEvery != 0) {
            return;
        }
        try {
            probers.execute(() -> probe(caseId, version, ackedAt));
        } catch (RejectedExecutionException allBusy) {
            skipped.incrementAndGet();
        }
    }

    private void probe(String caseId, long version, long ackedAt) {
        try {
            poll(caseId, version, ackedAt);
        } catch (RuntimeException e) {
            unresolved.incrementAndGet();
        }
    }

    private void poll(String caseId, long version, long ackedAt) {
        while (true) {
            Http.Answer answer = polls.time(() -> query.get("/api/cases/" + caseId));
            long now = System.nanoTime();
            if (answer.status() == 200 && answer.json().path("lastSequence").asLong(-1) >= version) {
                lags.record(now - ackedAt);
                return;
            }
            if (now - ackedAt > GIVE_UP) {
                unresolved.incrementAndGet();
                return;
            }
            LockSupport.parkNanos(POLL_INTERVAL.toNanos());
        }
    }

    /** Waits for the probes under way; answers the lags seen. */
    Latencies finish() throws InterruptedException {
        probers.shutdown();
        if (!probers.awaitTermination(2, TimeUnit.MINUTES)) {
            probers.shutdownNow();
        }
        return lags;
    }

    long skipped() {
        return skipped.get();
    }

    long unresolved() {
        return unresolved.get();
    }

    /** The mean round trip of one probe's GET: with the interval, the resolution of the lags. */
    double meanPollMs() {
        return polls.meanMs();
    }
}
