package vn.laborcases.command.audit.integrity;

import org.junit.jupiter.api.Test;
import vn.laborcases.command.audit.integrity.ChainProblem.Kind;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChainWalkTest {

    private static final String CASE = "3f2c8a6e-5b1d-4c7e-9a0f-2d6b8e4c1a97";

    /** Six events chained by the recipe, at global indexes 100, 102, 104, ... */
    private static List<ChainedEvent> stream() {
        List<ChainedEvent> events = new ArrayList<>();
        byte[] previous = EventChain.genesis();
        for (int sequence = 0; sequence < 6; sequence++) {
            ChainedEvent event = event(100 + 2L * sequence, sequence, "{\"step\":" + sequence + "}", previous);
            events.add(event);
            previous = event.eventHash();
        }
        return events;
    }

    private static ChainedEvent event(long globalIndex, long sequence, String payload, byte[] previous) {
        String timeStamp = "2026-03-0" + (1 + sequence % 3) + "T02:00:00.000Z";
        byte[] payloadDigest = EventChain.digestOrZero(payload.getBytes(StandardCharsets.UTF_8));
        byte[] metaDigest = EventChain.digestOrZero("{\"actor\":\"inspector-7\"}".getBytes(StandardCharsets.UTF_8));
        byte[] hash = EventChain.eventHash(previous, EventChain.header(globalIndex, "event-" + globalIndex, CASE, sequence,
                "DisputeCase", "vn.laborcases.api.dispute.StepEvent", null, timeStamp), payloadDigest, metaDigest);
        return new ChainedEvent(globalIndex, "event-" + globalIndex, CASE, sequence, "DisputeCase",
                "vn.laborcases.api.dispute.StepEvent", null, timeStamp, payloadDigest, metaDigest, previous, hash);
    }

    private static ChainedEvent withSequence(ChainedEvent e, long sequence) {
        return new ChainedEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), sequence, e.type(),
                e.payloadType(), e.payloadRevision(), e.timeStamp(), e.payloadDigest(), e.metaDataDigest(),
                e.previousHash(), e.eventHash());
    }

    @Test
    void anUntouchedStreamVerifiesInAnyOrderItIsRead() {
        List<ChainedEvent> events = new ArrayList<>(stream());
        assertThat(ChainWalk.verify(events)).isEmpty();
        java.util.Collections.reverse(events);
        assertThat(ChainWalk.verify(events)).isEmpty();
        assertThat(ChainWalk.head(events)).isEqualTo(stream().get(5).eventHash());
    }

    @Test
    void aChangedPayloadIsReportedAtItsEventOnly() {
        List<ChainedEvent> events = new ArrayList<>(stream());
        ChainedEvent e = events.get(2);
        events.set(2, new ChainedEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), 2, e.type(),
                e.payloadType(), e.payloadRevision(), e.timeStamp(),
                EventChain.digestOrZero("{\"step\":9}".getBytes(StandardCharsets.UTF_8)), e.metaDataDigest(),
                e.previousHash(), e.eventHash()));

        assertThat(ChainWalk.verify(events)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.ALTERED);
            assertThat(problem.caseId()).isEqualTo(CASE);
            assertThat(problem.sequenceNumber()).isEqualTo(2);
            assertThat(problem.globalIndex()).isEqualTo(104);
        });
    }

    @Test
    void aChangedRecordTimeIsAnAlteration() {
        List<ChainedEvent> events = new ArrayList<>(stream());
        ChainedEvent e = events.get(4);
        events.set(4, new ChainedEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), 4, e.type(),
                e.payloadType(), e.payloadRevision(), "2026-02-28T02:00:00.000Z", e.payloadDigest(),
                e.metaDataDigest(), e.previousHash(), e.eventHash()));

        assertThat(ChainWalk.verify(events)).extracting(ChainProblem::kind, ChainProblem::sequenceNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.ALTERED, 4L));
    }

    @Test
    void aDeletedEventIsMissingAtItsSequenceNumberAndNamesTheEventAfterTheGap() {
        List<ChainedEvent> events = new ArrayList<>(stream());
        events.remove(3);

        assertThat(ChainWalk.verify(events)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.MISSING);
            assertThat(problem.sequenceNumber()).isEqualTo(3);
            assertThat(problem.globalIndex()).isEqualTo(108);
            assertThat(problem.detail()).contains("Events 3 to 3 are missing");
        });
    }

    @Test
    void aStreamWhoseFirstEventsAreGoneDoesNotStartAtZero() {
        List<ChainedEvent> events = new ArrayList<>(stream());
        events.remove(0);
        events.remove(0);

        assertThat(ChainWalk.verify(events)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.MISSING_START);
            assertThat(problem.sequenceNumber()).isEqualTo(0);
            assertThat(problem.globalIndex()).isEqualTo(104);
        });
    }

    @Test
    void twoSwappedEventsAreBothReorderedAndTheirContentStillVerifies() {
        List<ChainedEvent> events = new ArrayList<>(stream());
        events.set(1, withSequence(events.get(1), 4));
        events.set(4, withSequence(events.get(4), 1));

        List<ChainProblem> problems = ChainWalk.verify(events);

        assertThat(problems).extracting(ChainProblem::kind, ChainProblem::sequenceNumber, ChainProblem::globalIndex)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.REORDERED, 4L, 102L),
                        org.assertj.core.groups.Tuple.tuple(Kind.REORDERED, 1L, 108L));
        assertThat(problems.get(0).detail()).contains("recorded as event 1").contains("verifies at position 1");
    }

    @Test
    void anEventRewrittenWithAFreshHashBreaksTheLinkOfTheNextOne() {
        List<ChainedEvent> events = new ArrayList<>(stream());
        events.set(2, event(104, 2, "{\"step\":\"forged\"}", events.get(1).eventHash()));

        assertThat(ChainWalk.verify(events)).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(Kind.BROKEN_LINK);
            assertThat(problem.sequenceNumber()).isEqualTo(3);
            assertThat(problem.globalIndex()).isEqualTo(106);
        });
    }

    @Test
    void aFirstEventChainedToSomethingIsABrokenLink() {
        List<ChainedEvent> events = new ArrayList<>(stream());
        events.set(0, event(100, 0, "{\"step\":0}", events.get(5).eventHash()));
        events.set(1, event(102, 1, "{\"step\":1}", events.get(0).eventHash()));

        assertThat(ChainWalk.verify(events)).extracting(ChainProblem::kind, ChainProblem::sequenceNumber)
                .contains(org.assertj.core.groups.Tuple.tuple(Kind.BROKEN_LINK, 0L));
    }
}
