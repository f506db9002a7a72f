package vn.laborcases.query.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.laborcases.query.enterprise.RiskScore.Band;
import vn.laborcases.query.enterprise.RiskScore.Score;

class RiskScoreTest {

    @Test
    void nothingOnFileIsNoRisk() {
        assertThat(RiskScore.of(0, 0, 0, 0)).isEqualTo(new Score(0, Band.LOW));
    }

    @Test
    void theJavadocExample() {
        assertThat(RiskScore.of(1, 250_000_000L, 2, 0)).isEqualTo(new Score(50, Band.HIGH));
    }

    @Test
    void arrearsCountOnlyFullSteps() {
        assertThat(RiskScore.of(0, 99_999_999L, 0, 0).points()).isZero();
        assertThat(RiskScore.of(0, 100_000_000L, 0, 0).points()).isEqualTo(10);
    }

    @Test
    void eachPartIsCapped() {
        assertThat(RiskScore.of(5, 0, 0, 0).points()).isEqualTo(40);
        assertThat(RiskScore.of(0, 10_000_000_000L, 0, 0).points()).isEqualTo(30);
        assertThat(RiskScore.of(0, 0, 9, 0).points()).isEqualTo(15);
        assertThat(RiskScore.of(0, 0, 0, 3).points()).isEqualTo(15);
        assertThat(RiskScore.of(9, 10_000_000_000L, 9, 3)).isEqualTo(new Score(100, Band.HIGH));
    }

    @Test
    void bandsBreakAt25And50() {
        assertThat(RiskScore.of(1, 0, 0, 0).band()).isEqualTo(Band.LOW);
        assertThat(RiskScore.of(0, 0, 0, 1).band()).isEqualTo(Band.LOW);
        assertThat(RiskScore.of(1, 0, 1, 0).band()).isEqualTo(Band.MEDIUM);
        assertThat(RiskScore.of(2, 0, 2, 0).band()).isEqualTo(Band.HIGH);
    }
}
