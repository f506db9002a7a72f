package vn.laborcases.query.caselist;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.laborcases.api.Province;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Pushes changed case rows to the screens watching their province, as Server-Sent Events. It
 * is told of changes only after their transaction committed, and sends from a thread of its
 * own, so a slow screen never holds up the projection. In memory, per instance; the changes
 * that the other instances' processors write (their segments) arrive by {@link CaseListNotices}.
 */
@Component
class CaseListBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(CaseListBroadcaster.class);

    private final Map<Province, Set<SseEmitter>> emitters = new EnumMap<>(Province.class);
    /** The screens that watch a province outside their jurisdiction: sent nothing, but closed on shutdown. */
    private final Set<SseEmitter> outsideJurisdiction = ConcurrentHashMap.newKeySet();
    private final AtomicInteger subscribers = new AtomicInteger();
    private volatile Consumer<Collection<UUID>> peers = ids -> {
    };
    private final Function<Collection<UUID>, List<CaseRow>> rows;
    private final int maxSubscribers;
    private final long timeoutMillis;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "case-list-broadcaster");
        thread.setDaemon(true);
        return thread;
    });

    @Autowired
    CaseListBroadcaster(CaseListQueries queries,
                        @Value("${labor-cases.case-list.stream.max-subscribers:1000}") int maxSubscribers,
                        @Value("${labor-cases.case-list.stream.timeout-ms:1800000}") long timeoutMillis) {
        this(queries::byIds, maxSubscribers, timeoutMillis);
    }

    CaseListBroadcaster(Function<Collection<UUID>, List<CaseRow>> rows, int maxSubscribers, long timeoutMillis) {
        this.rows = rows;
        this.maxSubscribers = maxSubscribers;
        this.timeoutMillis = timeoutMillis;
        for (Province province : Province.values()) {
            emitters.put(province, ConcurrentHashMap.newKeySet());
        }
    }

    /**
     * A new screen watching one province; 503 when the instance already serves its maximum. A
     * province outside the reader's jurisdiction ({@code readable}) gives a stream that stays
     * empty, as a list filtered on that province is empty.
     */
    SseEmitter subscribe(Province province, Set<Province> readable) {
        if (subscribers.incrementAndGet() > maxSubscribers) {
            subscribers.decrementAndGet();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "This instance already streams to "
                    + maxSubscribers + " screens; retry later or poll GET /api/cases");
        }
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        Set<SseEmitter> watching = readable.contains(province) ? emitters.get(province) : outsideJurisdiction;
        watching.add(emitter);
        Runnable remove = () -> remove(watching, emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        try {
            // A first comment commits the response, so the screen knows it is subscribed.
            emitter.send(SseEmitter.event().comment("subscribed to " + province));
        } catch (IOException e) {
            remove.run();
            emitter.completeWithError(e);
        }
        return emitter;
    }

    int subscribers() {
        return subscribers.get();
    }

    /** Called after commit with the cases a batch changed here; returns at once. */
    void publish(Collection<UUID> caseIds) {
        if (!caseIds.isEmpty()) {
            peers.accept(caseIds);
        }
        publishFromPeer(caseIds);
    }

    /**
     * Also tells the other instances of the query side: each projects only its own segments,
     * and a screen watches one instance.
     */
    void alsoTell(Consumer<Collection<UUID>> peers) {
        this.peers = peers;
    }

    /** The cases another instance's processors changed; pushed here, not told on. */
    void publishFromPeer(Collection<UUID> caseIds) {
        if (subscribers.get() == 0 || caseIds.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(caseIds);
        sender.execute(() -> {
            try {
                rows.apply(ids).forEach(this::send);
            } catch (RuntimeException e) {
                log.warn("Could not push {} changed cases to the case-list streams", ids.size(), e);
            }
        });
    }

    private void send(CaseRow row) {
        Set<SseEmitter> watching = emitters.get(row.province());
        for (SseEmitter emitter : watching) {
            try {
                emitter.send(SseEmitter.event().name("case").id(row.caseId() + ":" + row.lastSequence())
                        .data(row, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                remove(watching, emitter);
                emitter.completeWithError(gone);
            }
        }
    }

    /** Safe to call more than once (completion, timeout and error may all report one screen). */
    private void remove(Set<SseEmitter> watching, SseEmitter emitter) {
        if (watching.remove(emitter)) {
            subscribers.decrementAndGet();
        }
    }

    /** Ends the streams first, so that a graceful shutdown does not wait for them to time out. */
    @EventListener(ContextClosedEvent.class)
    void closeStreams() {
        sender.shutdownNow();
        emitters.values().forEach(watching -> watching.forEach(SseEmitter::complete));
        outsideJurisdiction.forEach(SseEmitter::complete);
    }
}
