package vn.laborcases.query.replay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayRateTest {

    @Test
    void theRateIsEventsDonePerSecondAndTheRemainderFollowsFromIt() {
        ReplayRate rate = ReplayRate.of(3_000, 2_000, 4_000);
        assertThat(rate.eventsPerSecond()).isEqualTo(1_500.0);
        assertThat(rate.secondsRemaining()).isEqualTo(3);
    }

    @Test
    void beforeTheFirstEventNoRateCanBeTold() {
        assertThat(ReplayRate.of(0, 5_000, 100)).isEqualTo(new ReplayRate(null, null));
    }
}
