package vn.laborcases.command.audit.timeline;

import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.CachingSupplier;
import org.springframework.stereotype.Component;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.Envelope;
import vn.laborcases.command.CaseStanding;
import vn.laborcases.command.CaseState;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rebuilds a case from a chosen part of its events, through the real aggregate, the way
 * Axon's EventSourcingRepository loads one: the same factory, the same event-sourcing
 * handlers, read through the view its GET answers with. Unlike a load, it starts from the
 * first event whatever snapshot exists, triggers no snapshot, and publishes nothing. The
 * aggregates' event-sourcing handlers only set fields, so replaying them has no effect
 * outside the rebuilt instance.
 */
@Component
public class CaseReplay {

    /** A case's whole stream as stored, each event with its two times. */
    public record CaseStream(String caseId, String aggregateType, List<Timeline.Entry<DomainEventMessage<?>>> entries) {
    }

    /** A case rebuilt from {@code eventsApplied} of its events, the highest of them numbered {@code lastSequenceNumber}. */
    public record Rebuilt(CaseType caseType, CaseState state, int eventsApplied, long lastSequenceNumber) {
    }

    /**
     * The events, taken in business-time order, do not make a case file the aggregate can
     * build: an event needs one that happened later (a business date entered wrong).
     */
    public static class UnreplayableOrderException extends RuntimeException {
        UnreplayableOrderException(DomainEventMessage<?> event, RuntimeException cause) {
            super("The case's events cannot be applied in the order they happened: event %d (%s, dated %s) needs one"
                    .formatted(event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                            PastStates.inVietnam(occurredAt(event)))
                    + " dated later. Read the case as recorded, and check the business dates of its events.", cause);
        }
    }

    private record Replayable<A>(AggregateConfiguration<A> configuration, AggregateModel<A> model) {
    }

    private final EventStorageEngine storage;
    private final Configuration axon;
    private volatile Map<String, Replayable<?>> byType;

    CaseReplay(EventStorageEngine storage, Configuration axon) {
        this.storage = storage;
        this.axon = axon;
    }

    /** Every event of the case, from sequence 0, snapshots ignored; an unknown id is a 404. */
    public CaseStream stream(UUID caseId) {
        String id = caseId.toString();
        DomainEventStream events = storage.readEvents(id, 0);
        List<Timeline.Entry<DomainEventMessage<?>>> entries = events.asStream()
                .<Timeline.Entry<DomainEventMessage<?>>>map(event -> new Timeline.Entry<>(event.getSequenceNumber(),
                        event.getTimestamp(), CachingSupplier.of(() -> occurredAt(event)), event))
                .toList();
        if (entries.isEmpty()) {
            throw new AggregateNotFoundException(id, "No events for " + id);
        }
        return new CaseStream(id, entries.get(0).event().getType(), entries);
    }

    /** The case as it stood at {@code moment} on {@code axis} (as known at {@code knownAt}); empty when it had no events yet. */
    public Optional<Rebuilt> at(CaseStream stream, TimeAxis axis, Instant moment, Instant knownAt) {
        var selected = Timeline.at(axis, stream.entries(), moment, knownAt);
        return selected.isEmpty() ? Optional.empty() : Optional.of(replay(stream, selected));
    }

    /** The case rebuilt from {@code selected}, applied in the order given; the first must be the case's opening event. */
    private Rebuilt replay(CaseStream stream, List<Timeline.Entry<DomainEventMessage<?>>> selected) {
        Replayable<?> replayable = replayables().get(stream.aggregateType());
        if (replayable == null) {
            throw new IllegalStateException("No aggregate of type " + stream.aggregateType() + " can be replayed");
        }
        List<DomainEventMessage<?>> events = selected.stream().<DomainEventMessage<?>>map(Timeline.Entry::event).toList();
        long last = selected.stream().mapToLong(Timeline.Entry::sequenceNumber).max().orElseThrow();
        return rebuild(replayable, stream.caseId(), events, last);
    }

    private <A> Rebuilt rebuild(Replayable<A> replayable, String caseId, List<DomainEventMessage<?>> events, long last) {
        A root = replayable.configuration().aggregateFactory().createAggregateRoot(caseId, events.get(0));
        EventSourcedAggregate<A> aggregate = EventSourcedAggregate.initialize(root, replayable.model(), null,
                NoSnapshotTriggerDefinition.TRIGGER);
        AtomicReference<DomainEventMessage<?>> applying = new AtomicReference<>();
        try {
            // The version is the highest sequence applied, though on the business-time axis it is not the last one.
            aggregate.initializeState(DomainEventStream.of(events.stream().peek(applying::set), () -> last));
        } catch (RuntimeException e) {
            throw new UnreplayableOrderException(applying.get(), e);
        }
        return aggregate.invoke(rebuilt -> {
            CaseStanding standing = (CaseStanding) rebuilt;
            return new Rebuilt(standing.caseType(), standing.state(), events.size(), last);
        });
    }

    /** The business time of the envelope; an event without one happened when it was recorded. */
    static Instant occurredAt(DomainEventMessage<?> event) {
        Object businessTime = event.getMetaData().get(Envelope.BUSINESS_TIME);
        return businessTime == null ? event.getTimestamp() : OffsetDateTime.parse(businessTime.toString()).toInstant();
    }

    /** Axon's aggregates by the type name they store with their events, read once Axon has been configured. */
    private Map<String, Replayable<?>> replayables() {
        if (byType == null) {
            byType = axon.findModules(AggregateConfiguration.class).stream()
                    .<Replayable<?>>map(configuration -> replayable((AggregateConfiguration<?>) configuration))
                    .collect(Collectors.toUnmodifiableMap(replayable -> replayable.model().type(), Function.identity()));
        }
        return byType;
    }

    private <A> Replayable<A> replayable(AggregateConfiguration<A> configuration) {
        Class<A> type = configuration.aggregateType();
        return new Replayable<>(configuration, AnnotatedAggregateMetaModelFactory.inspectAggregate(type,
                axon.parameterResolverFactory(), axon.handlerDefinition(type)));
    }
}
