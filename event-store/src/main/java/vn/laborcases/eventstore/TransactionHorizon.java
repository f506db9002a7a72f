package vn.laborcases.eventstore;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * The settled part of the event store: the global indexes up to which no unfinished transaction
 * can still commit an event. Every ordered read of the store (processors' polls, head and tail
 * tokens, the query side's rebuilds, comparisons and reports) stops there, so a reader never
 * moves past an event that is still invisible and may yet commit. A long transaction delays the
 * readers; it can no longer make them skip an event.
 * <p>
 * Why it holds. Appends commit out of global-index order: a transaction may take index 5, then
 * another take 6 and commit first. Reading by transaction id alone ({@code tx_id < xmin}) is not
 * enough either, because global-index order is not transaction-id order: a transaction with an
 * old id may take index 6 after a younger one took 5. So the horizon is proven per position:
 * <ol>
 * <li>Every writer gets its transaction id before it takes a global index (the command side's
 *     migration V7 makes {@code next_global_index()} the column's default).</li>
 * <li>A checkpoint reads the sequence's last issued value L, then, in a later statement,
 *     assigns a fresh transaction id Y. Every transaction that took an index up to L took it
 *     before L was read, so it had its id before Y was assigned: its id is below Y.</li>
 * <li>Once {@code pg_snapshot_xmin(pg_current_snapshot())} (the oldest transaction still
 *     running, anywhere on the server) is at least Y, every one of those transactions has
 *     finished: committed, and then visible to any later read, or rolled back, and then its
 *     index is a permanent gap. Indexes up to L are settled, for good.</li>
 * </ol>
 * Reads then take {@code global_index <= settled}, which keeps the primary key's index scan.
 * Every gap a reader can see below that bound is permanent, so Axon's gap bookkeeping (gap
 * timeout, cleaning, offset) can only ever drop gaps that will never fill.
 * <p>
 * Cost: one small statement per poll (the snapshot's xmin and the sequence's value), and a
 * second one assigning a transaction id when the store has moved since the last checkpoint:
 * at most one transaction id per poll. A transaction running long on the server holds the
 * horizon back; {@link #heldBack()} says for how long, and a warning is logged.
 * <p>
 * Aggregates are loaded by aggregate id and sequence number, not through this class: the command
 * side must see its own newest events, and optimistic locking on the sequence number covers it.
 */
public class TransactionHorizon {

    private static final Logger log = LoggerFactory.getLogger(TransactionHorizon.class);
    /** Checkpoints kept while a long transaction holds the horizon; the newest is merged into the last beyond this. */
    private static final int CHECKPOINTS_KEPT = 1_000;
    private static final Duration WARN_AFTER = Duration.ofSeconds(30);
    private static final int SETTLE_LIMIT_SECONDS = 10;

    private final DataSource dataSource;
    private final String table;
    private final String globalIndex;
    private final String sequence;
    private final Clock clock = Clock.systemUTC();
    private final Deque<Checkpoint> pending = new ArrayDeque<>();
    private volatile long settled = -1;
    private Instant lastWarning = Instant.EPOCH;

    /** A checkpoint: every transaction that took a global index up to {@code position} has an id below {@code xid}. */
    private record Checkpoint(long position, long xid, Instant taken) {
    }

    public TransactionHorizon(DataSource dataSource, EventSchema schema) {
        this.dataSource = dataSource;
        this.table = schema.domainEventTable();
        this.globalIndex = schema.globalIndexColumn();
        this.sequence = table + "_" + globalIndex + "_seq";
    }

    /** The processors' reads, head and tail tokens of the engine, bounded by the horizon. */
    public JdbcEventStorageEngine.Builder applyTo(JdbcEventStorageEngine.Builder engine) {
        return engine
                .readEventDataWithoutGaps((connection, schema, index, batchSize) ->
                        read(connection, schema, index, batchSize, List.of()))
                .readEventDataWithGaps(this::read)
                .fetchTrackedEvents((connection, schema, index) -> bounded(connection,
                        "SELECT min(" + globalIndex + ") FROM " + table + " WHERE " + globalIndex + " > ? AND "
                                + globalIndex + " <= ?", index, settled))
                .createHeadToken((connection, schema) -> bounded(connection,
                        "SELECT max(" + globalIndex + ") FROM " + table + " WHERE " + globalIndex + " <= ?",
                        settleNow()))
                // An event still committing below the lowest visible one must not be behind the tail.
                .createTailToken((connection, schema) -> bounded(connection,
                        "SELECT least(min(" + globalIndex + "), ?) - 1 FROM " + table, settled + 1));
    }

    /** Axon's batch read, cut at the horizon; gaps it still waits for are read wherever they are. */
    private PreparedStatement read(Connection connection, EventSchema schema, long index, int batchSize,
                                   List<Long> gaps) throws SQLException {
        long upTo = Math.min(index + batchSize, advance(connection));
        String sql = "SELECT " + schema.trackedEventFields() + " FROM " + table + " WHERE (" + globalIndex + " > ? AND "
                + globalIndex + " <= ?)"
                + (gaps.isEmpty() ? "" : " OR " + globalIndex + " IN (" + String.join(",", Collections.nCopies(gaps.size(), "?")) + ")")
                + " ORDER BY " + globalIndex + " ASC";
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, index);
        statement.setLong(2, upTo);
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(i + 3, gaps.get(i));
        }
        return statement;
    }

    private static PreparedStatement bounded(Connection connection, String sql, long... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setLong(i + 1, parameters[i]);
        }
        return statement;
    }

    /** The highest settled global index, as last proven; -1 before the first proof. Never decreases. */
    public long settled() {
        return settled;
    }

    /**
     * Moves the horizon as far as the running transactions allow, on the caller's connection
     * and within its transaction: settles the checkpoints that every older transaction has
     * finished, and takes a new one if the store has moved. Returns the settled index.
     */
    public synchronized long advance(Connection connection) throws SQLException {
        long xmin;
        long issued;
        boolean idAssigned;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint,"
                        + " (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM " + sequence + "),"
                        + " pg_current_xact_id_if_assigned() IS NOT NULL");
             ResultSet result = statement.executeQuery()) {
            result.next();
            xmin = result.getLong(1);
            issued = result.getLong(2);
            idAssigned = result.getBoolean(3);
        }
        while (!pending.isEmpty() && pending.peekFirst().xid() <= xmin) {
            settled = Math.max(settled, pending.pollFirst().position());
        }
        long checkpointed = pending.isEmpty() ? settled : pending.peekLast().position();
        // A transaction id assigned before the sequence was read proves nothing about it.
        if (issued > checkpointed && !idAssigned) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_current_xact_id()::text::bigint");
                 ResultSet result = statement.executeQuery()) {
                result.next();
                keep(new Checkpoint(issued, result.getLong(1), clock.instant()));
            }
        }
        warnIfHeldBack(connection);
        return settled;
    }

    private void keep(Checkpoint checkpoint) {
        if (pending.size() >= CHECKPOINTS_KEPT) {
            // Merging into the newest kept one is weaker (it settles later), never wrong.
            Checkpoint last = pending.pollLast();
            checkpoint = new Checkpoint(checkpoint.position(), checkpoint.xid(), last.taken());
        }
        pending.addLast(checkpoint);
    }

    /**
     * Settles everything issued so far, waiting for the transactions running now to finish (at
     * most {@value #SETTLE_LIMIT_SECONDS} s; the horizon reached is returned either way, and it is
     * safe). Each step runs in a transaction of its own, so that its checkpoint can settle.
     */
    public long settleNow() {
        Instant deadline = clock.instant().plusSeconds(SETTLE_LIMIT_SECONDS);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            long target = issued(connection);
            while (advance(connection) < target && clock.instant().isBefore(deadline)) {
                Thread.sleep(5);
            }
            return settled;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event store's transaction horizon", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return settled;
        }
    }

    /** The highest global index of a settled event, settling first; -1 when there is none. */
    public long settledHead() {
        long bound = settleNow();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = bounded(connection, "SELECT coalesce(max(" + globalIndex + "), -1) FROM "
                     + table + " WHERE " + globalIndex + " <= ?", bound);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event store's settled head", e);
        }
    }

    private long issued(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM " + sequence);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** How long the oldest unsettled checkpoint has waited for older transactions to finish. */
    public synchronized Duration heldBack() {
        return pending.isEmpty() ? Duration.ZERO : Duration.between(pending.peekFirst().taken(), clock.instant());
    }

    private void warnIfHeldBack(Connection connection) throws SQLException {
        Duration held = heldBack();
        Instant now = clock.instant();
        if (held.compareTo(WARN_AFTER) < 0 || Duration.between(lastWarning, now).compareTo(WARN_AFTER) < 0) {
            return;
        }
        lastWarning = now;
        String oldest = "unknown";
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT 'pid ' || pid || ', database ' || coalesce(datname, '-') || ', open since ' || xact_start
                       || ', ' || coalesce(state, '-') || ': ' || left(coalesce(query, ''), 200)
                FROM pg_stat_activity WHERE backend_xid IS NOT NULL ORDER BY age(backend_xid) DESC LIMIT 1""");
             ResultSet result = statement.executeQuery()) {
            if (result.next()) {
                oldest = result.getString(1);
            }
        }
        log.warn("Event readers have waited {} s for older transactions to finish; events after global index {}"
                + " are held back, not lost. Oldest transaction: {}", held.toSeconds(), settled, oldest);
    }
}
