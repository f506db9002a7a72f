package vn.laborcases.query.replay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;
import vn.laborcases.eventstore.ProcessorPeers;
import vn.laborcases.query.replay.ReplayProgress.Phase;
import vn.laborcases.query.web.UnknownResourceException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Rebuilds and comparisons of projections, run in the background one at a time per projection,
 * while the live projections keep answering queries.
 * <p>
 * A rebuild replays the store into the shadow, builds the shadow's query indexes, pauses the
 * live processor, lets the shadow catch up with the store, then in one transaction swaps the
 * shadow tables in and sets every segment's token to the shadow's position, and restarts the
 * processor: each event is in the new tables exactly when the new token covers it, so the
 * processor neither skips nor repeats one.
 * <p>
 * A comparison replays into the shadow, waits for the live processor to pass the shadow's
 * position, pauses it, and lets the shadow take in exactly the events each live segment's token
 * covers: both sides then hold the same events, and they are compared row by row.
 */
@Service
public class ProjectionReplays {

    static final int DIFFERENCES_KEPT = 100;
    private static final int RUNS_KEPT = 100;
    /** Peers look for pauses every few seconds; stopping a processor waits for its batch. */
    private static final Duration PEERS_STOP_LIMIT = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(ProjectionReplays.class);

    private final ProjectionCatalog catalog;
    private final LiveProcessors live;
    private final ShadowTables shadows;
    private final TableComparison comparison;
    private final ComparisonRecords records;
    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final TransactionTemplate transaction;
    private final Map<String, ReplayProgress> running = new ConcurrentHashMap<>();
    private final Map<String, ReplayProgress> latest = new ConcurrentHashMap<>();
    private final Map<UUID, ReplayProgress> rebuilds = Collections.synchronizedMap(recent());
    private final Map<UUID, ComparisonRun> comparisons = Collections.synchronizedMap(recent());
    private final ExecutorService runner;
    private final ProcessorPeers peers;

    ProjectionReplays(ProjectionCatalog catalog, LiveProcessors live, ShadowTables shadows,
                      TableComparison comparison, ComparisonRecords records, EventStore eventStore,
                      TransactionManager transactions, TransactionTemplate transaction, MeterRegistry meters,
                      ProcessorPeers peers) {
        this.peers = peers;
        this.catalog = catalog;
        this.live = live;
        this.shadows = shadows;
        this.comparison = comparison;
        this.records = records;
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.transaction = transaction;
        // One thread per projection: a replay mostly waits for PostgreSQL's answers, so all of
        // them rebuilding at once finish sooner than in turns (BENCHMARKS.md).
        this.runner = Executors.newFixedThreadPool(catalog.all().size(), task -> {
            Thread thread = new Thread(task, "projection-replay");
            thread.setDaemon(true);
            return thread;
        });
        for (Projection projection : catalog.all()) {
            gauge(meters, "labor_cases.projection.rebuild.events.done", projection, ReplayProgress::eventsDone);
            gauge(meters, "labor_cases.projection.rebuild.events.left", projection, ReplayProgress::eventsLeft);
            gauge(meters, "labor_cases.projection.rebuild.rate", projection, p -> {
                Double rate = p.rate().eventsPerSecond();
                return rate == null ? 0 : rate;
            });
        }
    }

    /** The latest replay of each projection, for the gauges: events done and left, events per second. */
    private void gauge(MeterRegistry meters, String name, Projection projection, ToDoubleFunction<ReplayProgress> value) {
        Gauge.builder(name, latest, replays -> {
                    ReplayProgress progress = replays.get(projection.name());
                    return progress == null ? 0 : value.applyAsDouble(progress);
                })
                .tag("projection", projection.name())
                .description("The latest rebuild or comparison of the projection")
                .register(meters);
    }

    List<LiveProcessors.Status> status() {
        long head = live.headOfStore();
        return catalog.all().stream().map(projection -> live.status(projection, head)).toList();
    }

    ReplayProgress.View startRebuild(String name) {
        Projection projection = catalog.named(name);
        ReplayProgress progress = claim(List.of(projection)).get(0);
        rebuilds.put(progress.id(), progress);
        runner.execute(() -> run(projection, progress, () -> rebuild(projection, progress)));
        return progress.view();
    }

    ReplayProgress.View rebuild(String name, UUID id) {
        Projection projection = catalog.named(name);
        ReplayProgress progress = rebuilds.get(id);
        if (progress == null || !progress.projection().equals(projection.name())) {
            throw new UnknownResourceException("No rebuild " + id + " of projection " + name);
        }
        return progress.view();
    }

    ComparisonRun.View startComparison(List<Projection> projections) {
        ComparisonRun run = new ComparisonRun(claim(projections), DIFFERENCES_KEPT);
        comparisons.put(run.id(), run);
        runner.execute(() -> {
            for (int i = 0; i < projections.size(); i++) {
                Projection projection = projections.get(i);
                ReplayProgress progress = run.projections().get(i);
                run(projection, progress, () -> compare(projection, progress, run));
            }
            try {
                records.keep(run.view());
            } catch (RuntimeException e) {
                log.error("Could not keep the result of comparison {}", run.id(), e);
            }
        });
        return run.view();
    }

    /** A comparison running or recently run here, else one kept in the database by any instance. */
    ComparisonRun.View comparison(UUID id) {
        ComparisonRun run = comparisons.get(id);
        if (run != null) {
            return run.view();
        }
        return records.find(id).orElseThrow(() -> new UnknownResourceException("No comparison " + id));
    }

    List<ComparisonRecords.Summary> finishedComparisons(int limit) {
        return records.latest(limit);
    }

    Projection projection(String name) {
        return catalog.named(name);
    }

    List<Projection> projections() {
        return List.copyOf(catalog.all());
    }

    /**
     * One replay per projection at a time, on all instances together: the shadow schema is the
     * projection's own, and a replay pauses the projection's processor on every instance.
     */
    private List<ReplayProgress> claim(List<Projection> projections) {
        List<ReplayProgress> claimed = new ArrayList<>();
        try {
            for (Projection projection : projections) {
                ReplayProgress progress = new ReplayProgress(projection.name());
                if (running.putIfAbsent(projection.name(), progress) != null) {
                    throw new ResponseStatusException(HttpStatus.CONFLICT, "A rebuild or comparison of "
                            + projection.name() + " is already running; wait until it has finished (GET /admin/projections)");
                }
                if (!peers.reserve(projection.name())) {
                    running.remove(projection.name(), progress);
                    throw new ResponseStatusException(HttpStatus.CONFLICT, "A rebuild or comparison of "
                            + projection.name() + " is running on another instance; wait until it has finished"
                            + " (GET /admin/projections there, or retry in a while)");
                }
                claimed.add(progress);
            }
        } catch (RuntimeException e) {
            for (ReplayProgress progress : claimed) {
                running.remove(progress.projection(), progress);
                peers.release(progress.projection());
            }
            throw e;
        }
        claimed.forEach(progress -> latest.put(progress.projection(), progress));
        return claimed;
    }

    private interface Step {
        void run() throws Exception;
    }

    private void run(Projection projection, ReplayProgress progress, Step step) {
        try {
            step.run();
            progress.phase(Phase.DONE);
            ReplayProgress.View done = progress.view();
            log.info("Replayed {} events of projection {} at {} events/s; seconds by phase: {}", done.eventsDone(),
                    projection.name(), done.eventsPerSecond(), done.secondsByPhase());
        } catch (Exception e) {
            log.error("Replay of projection {} failed", projection.name(), e);
            progress.failed(e);
        } finally {
            try {
                shadows.drop(projection);
            } catch (RuntimeException e) {
                log.warn("Could not drop the shadow of {}", projection.name(), e);
            }
            try {
                peers.release(projection.name());
            } catch (RuntimeException e) {
                log.warn("Could not end the replay of {} for the other instances; it ends when this one stops",
                        projection.name(), e);
            }
            running.remove(projection.name(), progress);
        }
    }

    private ShadowReplay shadow(Projection projection, ReplayProgress progress) {
        progress.phase(Phase.CREATING_SHADOW);
        shadows.create(projection);
        progress.phase(Phase.REPLAYING);
        return new ShadowReplay(projection, live.handlers(projection), transactions, shadows, eventStore,
                live::headOfStore, progress);
    }

    private void rebuild(Projection projection, ReplayProgress progress) throws Exception {
        try (ShadowReplay shadow = shadow(projection, progress)) {
            shadow.catchUpTo(live.settledHead(), event -> true);
            // Before the pause, so that the live projection is not held up by the index builds.
            progress.phase(Phase.INDEXING);
            shadows.indexForQueries(projection);
            progress.phase(Phase.PAUSING_LIVE);
            StreamingEventProcessor processor = live.processor(projection);
            peers.pauseEverywhere(projection.name());
            processor.shutDown();
            try {
                peers.awaitPeersStopped(projection.name(), PEERS_STOP_LIMIT);
                progress.phase(Phase.CATCHING_UP);
                shadow.catchUpTo(live.settledHead(), event -> true);
                progress.phase(Phase.SWAPPING);
                TrackingToken position = shadow.position();
                transaction.executeWithoutResult(status -> {
                    shadows.swapIntoPublic(projection);
                    live.continueFrom(projection, position);
                });
                log.info("Projection {} rebuilt up to {} and swapped in", projection.name(), position);
            } finally {
                processor.start();
                peers.resumeEverywhere(projection.name());
            }
        }
    }

    private void compare(Projection projection, ReplayProgress progress, ComparisonRun run) throws Exception {
        try (ShadowReplay shadow = shadow(projection, progress)) {
            shadow.catchUpTo(live.settledHead(), event -> true);
            progress.phase(Phase.PAUSING_LIVE);
            // The peers stop first and hand their segments to this instance, whose processor
            // then runs them all up to the shadow's position before it is paused too.
            peers.pauseEverywhere(projection.name());
            try {
                peers.awaitPeersStopped(projection.name(), PEERS_STOP_LIMIT);
                live.awaitReached(projection, shadow.index());
                compareWhilePaused(projection, progress, run, shadow);
            } finally {
                peers.resumeEverywhere(projection.name());
            }
        }
    }

    private void compareWhilePaused(Projection projection, ReplayProgress progress, ComparisonRun run,
                                    ShadowReplay shadow) throws Exception {
        StreamingEventProcessor processor = live.processor(projection);
        processor.shutDown();
        try {
            Map<Integer, TrackingToken> tokens = live.tokens(projection);
            progress.phase(Phase.CATCHING_UP);
            long furthest = tokens.values().stream().mapToLong(LivePositions::index).max().orElse(-1);
            shadow.catchUpTo(furthest, coveredByLive(live.handlers(projection), tokens));
            progress.phase(Phase.COMPARING);
            for (String table : projection.tables()) {
                run.found(comparison.compare(projection, table, Math.max(run.room(), 0)));
            }
        } finally {
            processor.start();
        }
    }

    /** Whether the live segment that handles an event had taken it in when it was paused. */
    private static Predicate<TrackedEventMessage<?>> coveredByLive(EventHandlerInvoker handlers,
                                                                  Map<Integer, TrackingToken> tokens) {
        int[] ids = tokens.keySet().stream().mapToInt(Integer::intValue).toArray();
        Segment[] segments = Segment.computeSegments(ids);
        return event -> {
            long index = LivePositions.index(event.trackingToken());
            for (Segment segment : segments) {
                if (handlers.canHandle(event, segment)) {
                    return LivePositions.covers(tokens.get(segment.getSegmentId()), index);
                }
            }
            return true;
        };
    }

    private static <K, V> Map<K, V> recent() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > RUNS_KEPT;
            }
        };
    }
}
