package vn.laborcases.query.replay;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LivePositionsTest {

    private final GapAwareTrackingToken at10WaitingFor7 = GapAwareTrackingToken.newInstance(10, List.of(7L));

    @Test
    void aTokenCoversTheEventsUpToItsIndexButNotTheGapsItWaitsFor() {
        assertThat(LivePositions.covers(at10WaitingFor7, 6)).isTrue();
        assertThat(LivePositions.covers(at10WaitingFor7, 7)).isFalse();
        assertThat(LivePositions.covers(at10WaitingFor7, 10)).isTrue();
        assertThat(LivePositions.covers(at10WaitingFor7, 11)).isFalse();
    }

    @Test
    void noTokenCoversNothing() {
        assertThat(LivePositions.covers(null, 0)).isFalse();
        assertThat(LivePositions.index(null)).isEqualTo(-1);
    }

    @Test
    void aReplayingProcessorCoversWhatItHasReallyReached() {
        var replaying = ReplayToken.createReplayToken(at10WaitingFor7, GapAwareTrackingToken.newInstance(3, List.of()));
        assertThat(LivePositions.covers(replaying, 3)).isTrue();
        assertThat(LivePositions.covers(replaying, 4)).isFalse();
    }
}
