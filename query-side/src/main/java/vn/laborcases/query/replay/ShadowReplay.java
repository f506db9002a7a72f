package vn.laborcases.query.replay;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Replays the event store into a projection's shadow tables with the projection's own handlers
 * (the live processor's invoker), one transaction per batch that first points the search path
 * at the shadow schema. Events arrive in global order from the same stream the live processor
 * reads (gap-aware tokens included), so each case sees its events in the same order, as the
 * same messages with the same metadata.
 * <p>
 * A plain loop rather than a second streaming processor: one thread, no claims or token
 * store, the exact position known after every batch, and 1,000 events per transaction where
 * the live processor commits 100.
 */
final class ShadowReplay implements AutoCloseable {

    static final int BATCH_SIZE = 1000;
    private static final Duration STALL_LIMIT = Duration.ofSeconds(60);

    private final Projection projection;
    private final EventHandlerInvoker handlers;
    private final TransactionManager shadowTransactions;
    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final LongSupplier headOfStore;
    private final ReplayProgress progress;
    private TrackingToken position;

    ShadowReplay(Projection projection, EventHandlerInvoker handlers, TransactionManager transactions,
                 ShadowTables tables, EventStore eventStore, LongSupplier headOfStore, ReplayProgress progress) {
        this.projection = projection;
        this.handlers = handlers;
        this.shadowTransactions = () -> {
            Transaction transaction = transactions.startTransaction();
            tables.writeInto(projection);
            return transaction;
        };
        this.stream = eventStore.openStream(null);
        this.headOfStore = headOfStore;
        this.progress = progress;
    }

    /** The token after the last event read: where the live processor may continue from. */
    TrackingToken position() {
        return position;
    }

    long index() {
        return LivePositions.index(position);
    }

    /**
     * Reads until the global index {@code target} has been passed, applying the events that
     * {@code applies} accepts and skipping the others.
     */
    void catchUpTo(long target, Predicate<TrackedEventMessage<?>> applies) throws Exception {
        Instant lastRead = Instant.now();
        while (index() < target) {
            List<TrackedEventMessage<?>> batch = nextBatch();
            if (batch.isEmpty()) {
                if (Duration.between(lastRead, Instant.now()).compareTo(STALL_LIMIT) > 0) {
                    throw new IllegalStateException("The event stream gave nothing for " + STALL_LIMIT.toSeconds()
                            + " s at global index " + index() + ", short of " + target);
                }
                continue;
            }
            apply(batch.stream().filter(applies).toList());
            position = batch.get(batch.size() - 1).trackingToken();
            progress.advanced(batch.size(), index(), headOfStore.getAsLong());
            lastRead = Instant.now();
        }
    }

    private List<TrackedEventMessage<?>> nextBatch() throws InterruptedException {
        List<TrackedEventMessage<?>> batch = new ArrayList<>();
        if (!stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
            return batch;
        }
        while (batch.size() < BATCH_SIZE && stream.hasNextAvailable()) {
            batch.add(stream.nextAvailable());
        }
        return batch;
    }

    private void apply(List<TrackedEventMessage<?>> events) throws Exception {
        if (events.isEmpty()) {
            return;
        }
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
        unitOfWork.attachTransaction(shadowTransactions);
        ShadowWrites.mark(unitOfWork, projection);
        ResultMessage<Object> result = unitOfWork.executeWithResult(() -> {
            handlers.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            Throwable cause = result.exceptionResult();
            throw cause instanceof Exception e ? e : new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        stream.close();
    }
}
