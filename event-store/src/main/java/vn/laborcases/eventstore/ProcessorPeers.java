package vn.laborcases.eventstore;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The instances of one app that share a token table, seen through PostgreSQL.
 * <p>
 * Every instance records that it is alive ({@code processor_node}). Axon's pooled processors
 * claim every free segment and never give one back, so the first instance up would keep all
 * of them; here an instance holding more than its fair share of a processor's segments
 * (segments ÷ live instances, rounded up) releases one, and a peer with room claims it. An
 * instance that dies stops renewing both its heartbeat and its claims: after the claim timeout
 * its peers' fair share grows and they take its segments over.
 * <p>
 * A replay of a projection (rebuild, comparison) runs on one instance at a time
 * ({@code processor_replay}), and may pause the processor on every instance: the peers stop
 * their copy at their next look, and start it again once the pause is lifted, or once the
 * instance that paused it is no longer alive.
 */
public class ProcessorPeers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessorPeers.class);

    private final ProcessorNode node;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final JdbcTemplate jdbc;
    private final Duration interval;
    /** Processors this instance stopped because a peer paused them. */
    private final Set<String> stoppedForPeers = ConcurrentHashMap.newKeySet();
    /** Processors this instance paused everywhere for its own replay. */
    private final Set<String> pausedHere = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService timer;

    public ProcessorPeers(ProcessorNode node, EventProcessingConfiguration processing, TokenStore tokenStore,
                          DataSource dataSource, Duration interval) {
        this.node = node;
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.jdbc = new JdbcTemplate(dataSource);
        this.interval = interval;
    }

    public String nodeId() {
        return node.id();
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "processor-peers");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::look, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        timer = null;
        try {
            jdbc.update("DELETE FROM processor_node WHERE token_table = ? AND node_id = ?", node.tokenTable(), node.id());
            jdbc.update("DELETE FROM processor_replay WHERE token_table = ? AND node_id = ?", node.tokenTable(), node.id());
        } catch (RuntimeException e) {
            log.warn("Could not sign off from the processor peers; they will notice after {}", node.claimTimeout(), e);
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }

    /** Before Axon's processors stop, so that the peers see this instance leave first. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }

    /** The instances alive now, this one included. */
    public List<String> liveNodes() {
        return jdbc.queryForList("""
                        SELECT node_id FROM processor_node WHERE token_table = ?
                        AND last_seen > now() - make_interval(secs => ?) ORDER BY node_id
                        """, String.class, node.tokenTable(), seconds(node.claimTimeout()));
    }

    /**
     * Reserves a processor for a replay run here; false if a live instance has reserved it
     * already. One replay per processor across all instances: they share its shadow tables.
     */
    public boolean reserve(String processor) {
        jdbc.update("""
                        DELETE FROM processor_replay WHERE token_table = ? AND processor_name = ?
                        AND node_id NOT IN (SELECT node_id FROM processor_node WHERE token_table = ?
                                            AND last_seen > now() - make_interval(secs => ?))
                        """, node.tokenTable(), processor, node.tokenTable(), seconds(node.claimTimeout()));
        return jdbc.update("""
                        INSERT INTO processor_replay (token_table, processor_name, node_id) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING
                        """, node.tokenTable(), processor, node.id()) == 1;
    }

    /** Ends this instance's replay of the processor; any pause it set is lifted with it. */
    public void release(String processor) {
        jdbc.update("DELETE FROM processor_replay WHERE token_table = ? AND processor_name = ? AND node_id = ?",
                node.tokenTable(), processor, node.id());
    }

    /** Asks every peer to stop its copy of a processor reserved here, until {@link #resumeEverywhere}. */
    public void pauseEverywhere(String processor) {
        pausedHere.add(processor);
        paused(processor, true);
    }

    public void resumeEverywhere(String processor) {
        try {
            paused(processor, false);
        } finally {
            pausedHere.remove(processor);
        }
    }

    /**
     * Whether the processor stands still on purpose, for a replay here or on a peer: a health
     * check must not take every instance out of the load balancer for it.
     */
    public boolean pausedForReplay(String processor) {
        return pausedHere.contains(processor) || stoppedForPeers.contains(processor);
    }

    private void paused(String processor, boolean paused) {
        int updated = jdbc.update("""
                        UPDATE processor_replay SET paused = ? WHERE token_table = ? AND processor_name = ? AND node_id = ?
                        """, paused, node.tokenTable(), processor, node.id());
        if (updated != 1) {
            throw new IllegalStateException("Processor " + processor + " is not reserved by this instance");
        }
    }

    /**
     * Waits until no live peer holds a segment of the processor: they have all stopped it.
     * A dead peer's claims do not count; they expire and the token store lets them be taken.
     */
    public void awaitPeersStopped(String processor, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        List<String> holders = peersHolding(processor);
        while (!holders.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new PeersStillProcessingException(processor, holders);
            }
            Thread.sleep(100);
            holders = peersHolding(processor);
        }
    }

    private List<String> peersHolding(String processor) {
        // The token table's name comes from the configuration, never from a request.
        return jdbc.queryForList("SELECT DISTINCT owner FROM " + node.tokenTable() + """
                         WHERE processor_name = ? AND owner IS NOT NULL AND owner <> ?
                        AND owner IN (SELECT node_id FROM processor_node WHERE token_table = ?
                                      AND last_seen > now() - make_interval(secs => ?))
                        """, String.class, processor, node.id(), node.tokenTable(), seconds(node.claimTimeout()));
    }

    private void look() {
        try {
            jdbc.update("""
                            INSERT INTO processor_node (token_table, node_id, last_seen) VALUES (?, ?, now())
                            ON CONFLICT (token_table, node_id) DO UPDATE SET last_seen = now()
                            """, node.tokenTable(), node.id());
            // Instances that died without signing off; their ids (random per start) never return.
            jdbc.update("DELETE FROM processor_node WHERE token_table = ? AND last_seen < now() - interval '1 day'",
                    node.tokenTable());
            int live = Math.max(1, liveNodes().size());
            Map<String, String> pausedBy = new HashMap<>();
            jdbc.query("""
                            SELECT processor_name, node_id FROM processor_replay
                            WHERE token_table = ? AND paused
                            AND node_id IN (SELECT node_id FROM processor_node WHERE token_table = ?
                                            AND last_seen > now() - make_interval(secs => ?))
                            """, row -> {
                        pausedBy.put(row.getString(1), row.getString(2));
                    }, node.tokenTable(), node.tokenTable(), seconds(node.claimTimeout()));
            processing.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof StreamingEventProcessor streaming) {
                    String pauser = pausedBy.get(name);
                    followPause(name, streaming, pauser != null && !pauser.equals(node.id()));
                    // A paused processor's segments go to the instance that replays it.
                    if (pauser == null) {
                        shareSegments(name, streaming, live);
                    }
                }
            });
        } catch (RuntimeException e) {
            log.warn("Could not compare notes with the processor peers", e);
        }
    }

    private void followPause(String name, StreamingEventProcessor processor, boolean paused) {
        if (paused && processor.isRunning()) {
            log.info("Stopping processor {}: another instance paused it", name);
            stoppedForPeers.add(name);
            processor.shutDown();
        } else if (!paused && stoppedForPeers.contains(name)) {
            log.info("Starting processor {} again: the pause is over", name);
            processor.start();
            stoppedForPeers.remove(name);
        }
    }

    private void shareSegments(String name, StreamingEventProcessor processor, int live) {
        if (live < 2 || !processor.isRunning()) {
            return;
        }
        int segments = tokenStore.fetchSegments(name).length;
        int fairShare = (segments + live - 1) / live;
        Set<Integer> claimed = processor.processingStatus().keySet();
        if (claimed.size() > fairShare) {
            List<Integer> released = claimed.stream().sorted(Comparator.reverseOrder())
                    .limit(claimed.size() - fairShare).toList();
            log.info("Releasing segments {} of {} for the peers: {} of {} claimed here, {} instances alive",
                    released, name, claimed.size(), segments, live);
            released.forEach(processor::releaseSegment);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** A live peer kept a segment of a paused processor. */
    public static class PeersStillProcessingException extends IllegalStateException {
        PeersStillProcessingException(String processor, List<String> holders) {
            super("Instance(s) " + String.join(", ", holders) + " still process " + processor
                    + " although it was paused on every instance; check that they run this version and retry");
        }
    }
}
