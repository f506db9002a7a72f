package vn.laborcases.command.audit.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Which of a case's events make up its state at a moment, and in what order they apply, on
 * either time axis. Pure: the events come in with their sequence number, record time and
 * business time, whatever they carry besides.
 */
public final class Timeline {

    /**
     * One event of a case's stream. Its business time is read only when asked for, since reading
     * it can cost more than the event itself (its metadata deserialised), and the record-time axis
     * never asks.
     */
    public record Entry<E>(long sequenceNumber, Instant recordedAt, Supplier<Instant> occurredAtSupplier, E event) {

        public Entry(long sequenceNumber, Instant recordedAt, Instant occurredAt, E event) {
            this(sequenceNumber, recordedAt, () -> occurredAt, event);
        }

        /** Its business time, or its record time where it has none. */
        public Instant occurredAt() {
            return occurredAtSupplier.get();
        }
    }

    private static final Comparator<Entry<?>> BY_SEQUENCE = Comparator.comparingLong(Entry::sequenceNumber);
    private static final Comparator<Entry<?>> BY_BUSINESS_TIME =
            Comparator.<Entry<?>, Instant>comparing(Entry::occurredAt).thenComparing(BY_SEQUENCE);

    private Timeline() {
    }

    /** What the file said at record time {@code at}: the events recorded by then, in the order they were recorded. */
    public static <E> List<Entry<E>> asRecorded(List<Entry<E>> stream, Instant at) {
        return stream.stream().filter(entry -> !entry.recordedAt().isAfter(at)).sorted(BY_SEQUENCE).toList();
    }

    /**
     * What was true at business time {@code at}, as far as it was known at record time
     * {@code knownAt}: the events recorded by {@code knownAt} that had happened by {@code at},
     * in the order they happened (ties in the order they were recorded). So an entry made
     * late changes the past on this axis.
     * <p>
     * The case's opening event applies first whatever its business time, since the case
     * exists only from it; an event dated before it (a deposit rate in force since January
     * on a complaint of March) applies right after it. When the opening event itself had not
     * happened or was not known by then, the case did not exist yet: the answer is empty.
     */
    public static <E> List<Entry<E>> asOccurred(List<Entry<E>> stream, Instant at, Instant knownAt) {
        List<Entry<E>> known = stream.stream()
                .filter(entry -> !entry.recordedAt().isAfter(knownAt) && !entry.occurredAt().isAfter(at))
                .toList();
        Entry<E> opening = stream.stream().min(BY_SEQUENCE).orElse(null);
        if (opening == null || !known.contains(opening)) {
            return List.of();
        }
        List<Entry<E>> ordered = new ArrayList<>(known.size());
        ordered.add(opening);
        known.stream().filter(entry -> entry != opening).sorted(BY_BUSINESS_TIME).forEach(ordered::add);
        return ordered;
    }

    /**
     * The events that changed the picture between two moments of one axis: on the recorded
     * axis those recorded after {@code from} and by {@code to}; on the occurred axis, among
     * those known at {@code knownAt}, those that happened after {@code from} and by {@code to}.
     * In the order of the axis.
     */
    public static <E> List<Entry<E>> between(TimeAxis axis, List<Entry<E>> stream, Instant from, Instant to,
                                             Instant knownAt) {
        return switch (axis) {
            case RECORDED -> stream.stream()
                    .filter(entry -> entry.recordedAt().isAfter(from) && !entry.recordedAt().isAfter(to))
                    .sorted(BY_SEQUENCE).toList();
            case OCCURRED -> stream.stream()
                    .filter(entry -> !entry.recordedAt().isAfter(knownAt))
                    .filter(entry -> entry.occurredAt().isAfter(from) && !entry.occurredAt().isAfter(to))
                    .sorted(BY_BUSINESS_TIME).toList();
        };
    }

    /** The events of the case at {@code at} on the given axis; {@code knownAt} bounds the occurred axis only. */
    public static <E> List<Entry<E>> at(TimeAxis axis, List<Entry<E>> stream, Instant at, Instant knownAt) {
        return switch (axis) {
            case RECORDED -> asRecorded(stream, at);
            case OCCURRED -> asOccurred(stream, at, knownAt);
        };
    }
}
