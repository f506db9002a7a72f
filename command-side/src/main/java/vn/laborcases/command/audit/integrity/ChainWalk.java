package vn.laborcases.command.audit.integrity;

import vn.laborcases.command.audit.integrity.ChainProblem.Kind;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Walks one stream's stored events and reports every break of its chain.
 * <p>
 * Events are taken in the order they were recorded (global index), and each is given the
 * sequence number found at its rank among the stream's sequence numbers. In an untouched stream
 * both orders agree; where they do not, the events were reordered, and each is also checked at
 * the position it was recorded at, so a pure swap is told apart from an altered event. Gaps in
 * the sequence numbers are missing events; an event that verifies but was chained to something
 * other than the event before it means that event was replaced. A deleted last event leaves no
 * trace in the stream itself: the day's anchor catches it.
 */
public final class ChainWalk {

    private ChainWalk() {
    }

    public static List<ChainProblem> verify(List<ChainedEvent> stream) {
        List<ChainedEvent> recorded = stream.stream().sorted(Comparator.comparingLong(ChainedEvent::globalIndex)).toList();
        long[] positions = stream.stream().mapToLong(ChainedEvent::sequenceNumber).sorted().toArray();
        List<ChainProblem> problems = new ArrayList<>();
        for (int i = 0; i < recorded.size(); i++) {
            ChainedEvent event = recorded.get(i);
            long position = positions[i];
            boolean contentIntact = MessageDigest.isEqual(event.recomputedHashAt(position), event.eventHash());
            if (event.sequenceNumber() != position) {
                problems.add(ChainProblem.at(Kind.REORDERED, event, event.sequenceNumber(),
                        "Stored as event %d, but recorded as event %d (by global index); %s".formatted(
                                event.sequenceNumber(), position, contentIntact
                                        ? "its content verifies at position " + position + "."
                                        : "its content does not verify at either position.")));
            } else if (!contentIntact) {
                problems.add(ChainProblem.at(Kind.ALTERED, event, position,
                        "The payload, metadata or a header field differs from what was recorded: its hash does not match."));
            }
            long expected = i == 0 ? 0 : positions[i - 1] + 1;
            if (position != expected) {
                problems.add(i == 0
                        ? ChainProblem.at(Kind.MISSING_START, event, 0,
                        "The stream starts at event %d: events 0 to %d are missing.".formatted(position, position - 1))
                        : ChainProblem.at(Kind.MISSING, event, expected, "Events %d to %d are missing between event %d and event %d (global index %d)."
                        .formatted(expected, position - 1, positions[i - 1], position, event.globalIndex())));
            } else {
                byte[] chainedTo = i == 0 ? EventChain.genesis() : recorded.get(i - 1).eventHash();
                if (!MessageDigest.isEqual(chainedTo, event.previousHash())) {
                    problems.add(ChainProblem.at(Kind.BROKEN_LINK, event, position, i == 0
                            ? "The first event is chained to a predecessor: events before it were removed."
                            : "It verifies, but was chained to a different event %d than the one stored: that event was replaced."
                            .formatted(position - 1)));
                }
            }
        }
        return problems;
    }

    /** The hash of the stream's last event by sequence number: what an anchor keeps of it. */
    public static byte[] head(List<ChainedEvent> stream) {
        return stream.stream().max(Comparator.comparingLong(ChainedEvent::sequenceNumber))
                .map(ChainedEvent::eventHash).orElse(null);
    }
}
