package vn.laborcases.command.audit.timeline;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

    private static final Instant DAY1 = Instant.parse("2026-03-02T00:00:00Z");

    private static Instant day(int n) {
        return DAY1.plusSeconds(86_400L * (n - 1));
    }

    private static Timeline.Entry<String> entry(long sequence, Instant recordedAt, Instant occurredAt) {
        return new Timeline.Entry<>(sequence, recordedAt, occurredAt, "e" + sequence);
    }

    /** Opened day 1, a step on day 5, a payment made on day 3 but recorded on day 6, a step on day 7. */
    private final List<Timeline.Entry<String>> stream = List.of(
            entry(0, day(1), day(1)),
            entry(1, day(5), day(5)),
            entry(2, day(6), day(3)),
            entry(3, day(7), day(7)));

    private static List<String> events(List<Timeline.Entry<String>> entries) {
        return entries.stream().map(Timeline.Entry::event).toList();
    }

    @Test
    void asRecorded_takesWhatWasRecordedByThen_inRecordOrder() {
        assertThat(events(Timeline.asRecorded(stream, day(5)))).containsExactly("e0", "e1");
        assertThat(events(Timeline.asRecorded(stream, day(6)))).containsExactly("e0", "e1", "e2");
        assertThat(Timeline.asRecorded(stream, day(1).minusNanos(1))).isEmpty();
    }

    @Test
    void asRecorded_includesAnEventRecordedAtTheVeryMoment() {
        assertThat(events(Timeline.asRecorded(stream, day(7)))).containsExactly("e0", "e1", "e2", "e3");
    }

    @Test
    void asOccurred_aLateEntryChangesThePast_andAppliesInBusinessOrder() {
        assertThat(events(Timeline.asOccurred(stream, day(4), day(9)))).containsExactly("e0", "e2");
        assertThat(events(Timeline.asOccurred(stream, day(7), day(9)))).containsExactly("e0", "e2", "e1", "e3");
    }

    @Test
    void asOccurred_knownAtLeavesOutWhatWasRecordedLater() {
        assertThat(events(Timeline.asOccurred(stream, day(4), day(5)))).as("the late payment was not known on day 5")
                .containsExactly("e0");
        assertThat(events(Timeline.asOccurred(stream, day(7), day(6)))).containsExactly("e0", "e2", "e1");
    }

    @Test
    void asOccurred_tiesInBusinessTimeFollowTheRecordOrder() {
        List<Timeline.Entry<String>> sameDay = List.of(entry(0, day(1), day(1)), entry(2, day(3), day(2)),
                entry(1, day(2), day(2)));
        assertThat(events(Timeline.asOccurred(sameDay, day(2), day(3)))).containsExactly("e0", "e1", "e2");
    }

    @Test
    void asOccurred_theOpeningEventComesFirst_evenWhenAnotherIsDatedBeforeIt() {
        List<Timeline.Entry<String>> rateSinceJanuary = List.of(entry(0, day(1), day(1)),
                entry(1, day(2), day(1).minusSeconds(86_400 * 60)), entry(2, day(3), day(2)));
        assertThat(events(Timeline.asOccurred(rateSinceJanuary, day(2), day(3)))).containsExactly("e0", "e1", "e2");
    }

    @Test
    void asOccurred_beforeTheCaseOpened_orBeforeItsOpeningWasRecorded_isEmpty() {
        List<Timeline.Entry<String>> rateSinceJanuary = List.of(entry(0, day(1), day(1)),
                entry(1, day(2), day(1).minusSeconds(86_400 * 60)));
        assertThat(Timeline.asOccurred(rateSinceJanuary, day(1).minusSeconds(1), day(3)))
                .as("an event dated before the opening does not make the case exist").isEmpty();
        assertThat(Timeline.asOccurred(stream, day(9), day(1).minusSeconds(1))).isEmpty();
    }

    @Test
    void between_onEachAxis_excludesFromAndIncludesTo() {
        assertThat(events(Timeline.between(TimeAxis.RECORDED, stream, day(5), day(7), null)))
                .containsExactly("e2", "e3");
        assertThat(events(Timeline.between(TimeAxis.OCCURRED, stream, day(1), day(5), day(9))))
                .containsExactly("e2", "e1");
        assertThat(events(Timeline.between(TimeAxis.OCCURRED, stream, day(1), day(5), day(5))))
                .as("not yet known").containsExactly("e1");
    }

    @Test
    void at_dispatchesOnTheAxis() {
        assertThat(events(Timeline.at(TimeAxis.RECORDED, stream, day(5), null))).containsExactly("e0", "e1");
        assertThat(events(Timeline.at(TimeAxis.OCCURRED, stream, day(5), day(9)))).containsExactly("e0", "e2", "e1");
    }
}
