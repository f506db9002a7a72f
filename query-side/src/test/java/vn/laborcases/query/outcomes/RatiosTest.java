package vn.laborcases.query.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RatiosTest {

    @Test
    void sharesAreRoundedAndNullWithoutAWhole() {
        assertThat(Ratios.share(1, 3)).isEqualTo(0.3333);
        assertThat(Ratios.share(2, 3)).isEqualTo(0.6667);
        assertThat(Ratios.share(0, 5)).isEqualTo(0.0);
        assertThat(Ratios.share(0, 0)).isNull();
    }

    @Test
    void mediationSuccessIsSettledOverEveryConcludedMediation() {
        assertThat(Ratios.mediationSuccessRate(3, 1, 0)).isEqualTo(0.75);
        assertThat(Ratios.mediationSuccessRate(1, 2, 1)).isEqualTo(0.25);
        assertThat(Ratios.mediationSuccessRate(0, 0, 0)).isNull();
    }

    @Test
    void meanIsNullWithoutValues() {
        assertThat(Ratios.mean(10, 4)).isEqualTo(2.5);
        assertThat(Ratios.mean(0, 0)).isNull();
    }

    @Test
    void medianTakesTheMiddleOrTheMeanOfTheMiddleTwo() {
        assertThat(Ratios.median(List.of(9, 1, 5))).isEqualTo(5.0);
        assertThat(Ratios.median(List.of(4, 1, 10, 2))).isEqualTo(3.0);
        assertThat(Ratios.median(List.of(7))).isEqualTo(7.0);
        assertThat(Ratios.median(List.of())).isNull();
    }
}
