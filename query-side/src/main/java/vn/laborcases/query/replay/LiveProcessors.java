package vn.laborcases.query.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.laborcases.eventstore.TransactionHorizon;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** The live processors of the projections: their handlers, tokens, status, pause and restart. */
@Component
public class LiveProcessors {

    private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(120);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final TransactionHorizon horizon;

    LiveProcessors(EventProcessingConfiguration processing, TokenStore tokenStore, TransactionTemplate transaction,
                   JdbcClient jdbc, TransactionHorizon horizon) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.horizon = horizon;
    }

    StreamingEventProcessor processor(Projection projection) {
        return processing.eventProcessor(projection.name(), StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No streaming processor runs " + projection.name()));
    }

    /** The very handler beans of the live processor, with its parameter resolvers and error handler. */
    EventHandlerInvoker handlers(Projection projection) {
        return ((AbstractEventProcessor) processor(projection)).eventHandlerInvoker();
    }

    /**
     * The global index of the newest settled event: no event still committing can land at or
     * below it, so a replay that has read up to it has missed nothing (TransactionHorizon).
     * Waits for the transactions running now to finish, a few seconds at most; -1 when empty.
     */
    long settledHead() {
        return horizon.settledHead();
    }

    /**
     * The global index of the newest event in the store; -1 when it is empty. For measuring lag:
     * events held back by a long transaction count as not yet reached.
     */
    public long headOfStore() {
        return jdbc.sql("SELECT coalesce(max(global_index), -1) FROM domain_event_entry").query(Long.class).single();
    }

    /** Waits until every segment of the running live processor has passed {@code index}. */
    void awaitReached(Projection projection, long index) throws InterruptedException {
        StreamingEventProcessor processor = processor(projection);
        int segments = tokenStore.fetchSegments(projection.name()).length;
        Instant deadline = Instant.now().plus(CATCH_UP_LIMIT);
        while (!reached(processor.processingStatus(), segments, index)) {
            if (!processor.isRunning() || processor.isError() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The live processor " + projection.name() + " has not reached global"
                        + " index " + index + (processor.isRunning() ? "" : ": it is not running on this instance"));
            }
            Thread.sleep(50);
        }
    }

    private static boolean reached(Map<Integer, EventTrackerStatus> status, int segments, long index) {
        return status.size() == segments && status.values().stream()
                .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= index);
    }

    /**
     * The token of every segment of a paused processor. Fails if another instance holds a
     * segment: its processor must be paused too for the positions to stand still.
     */
    Map<Integer, TrackingToken> tokens(Projection projection) {
        return transaction.execute(status -> {
            Map<Integer, TrackingToken> tokens = new LinkedHashMap<>();
            for (int segment : tokenStore.fetchSegments(projection.name())) {
                tokens.put(segment, tokenStore.fetchToken(projection.name(), segment));
                tokenStore.releaseClaim(projection.name(), segment);
            }
            return tokens;
        });
    }

    /** Within the caller's transaction: every segment of the paused processor continues from {@code token}. */
    void continueFrom(Projection projection, TrackingToken token) {
        for (int segment : tokenStore.fetchSegments(projection.name())) {
            tokenStore.storeToken(token, projection.name(), segment);
            tokenStore.releaseClaim(projection.name(), segment);
        }
    }

    public Status status(Projection projection, long head) {
        StreamingEventProcessor processor = processor(projection);
        List<SegmentStatus> segments = processor.processingStatus().values().stream()
                .sorted(Comparator.comparingInt(s -> s.getSegment().getSegmentId()))
                .map(s -> new SegmentStatus(s.getSegment().getSegmentId(), position(s.getCurrentPosition()),
                        s.isCaughtUp(), s.isReplaying(), s.isErrorState()))
                .toList();
        Long lag = segments.stream().map(SegmentStatus::position)
                .map(p -> p == null ? -1 : p).min(Long::compare)
                .map(lowest -> Math.max(0, head - lowest)).orElse(null);
        return new Status(projection.name(), processor.isRunning(), processor.isError(), segments, lag);
    }

    private static Long position(OptionalLong position) {
        return position.isPresent() ? position.getAsLong() : null;
    }

    /**
     * A processor as this instance sees it: only the segments it has claimed are listed, and
     * the lag (events behind the newest, by global index) is that of its slowest segment.
     */
    public record Status(String name, boolean running, boolean error, List<SegmentStatus> segments, Long eventsBehind) {
    }

    public record SegmentStatus(int segment, Long position, boolean caughtUp, boolean replaying, boolean error) {
    }
}
