package vn.laborcases.query.replay;

import org.junit.jupiter.api.Test;
import vn.laborcases.query.replay.ReplayProgress.Phase;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayProgressTest {

    @Test
    void timesEachPhaseThatHasEndedInTheirOrder() throws InterruptedException {
        var progress = new ReplayProgress("case-list");
        progress.phase(Phase.CREATING_SHADOW);
        progress.phase(Phase.REPLAYING);
        Thread.sleep(20);
        progress.phase(Phase.INDEXING);

        var seconds = progress.view().secondsByPhase();

        assertThat(seconds).containsOnlyKeys(Phase.CREATING_SHADOW, Phase.REPLAYING);
        assertThat(seconds.keySet()).containsExactly(Phase.CREATING_SHADOW, Phase.REPLAYING);
        assertThat(seconds.get(Phase.REPLAYING)).isGreaterThanOrEqualTo(0.02);
    }

    @Test
    void aPhaseEnteredTwiceAddsUp() throws InterruptedException {
        var progress = new ReplayProgress("audit-trail");
        progress.phase(Phase.CATCHING_UP);
        Thread.sleep(10);
        progress.phase(Phase.COMPARING);
        progress.phase(Phase.CATCHING_UP);
        Thread.sleep(10);
        progress.phase(Phase.DONE);

        assertThat(progress.view().secondsByPhase().get(Phase.CATCHING_UP)).isGreaterThanOrEqualTo(0.02);
        assertThat(progress.view().secondsByPhase()).doesNotContainKey(Phase.DONE);
    }
}
