package vn.laborcases.demo.plan;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeightedTest {

    @Test
    void picksInProportionToTheWeights() {
        Weighted<String> choice = Weighted.of("often", 3).or("rarely", 1);
        Dice dice = new Dice(1);
        Map<String, Long> counts = IntStream.range(0, 10_000).mapToObj(i -> choice.pick(dice))
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(counts.get("often") / 10_000.0).isBetween(0.72, 0.78);
    }

    @Test
    void refusesAWeightThatIsNotPositive() {
        assertThatThrownBy(() -> Weighted.of("never", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void logNormalAmountsHaveALongTail() {
        Dice dice = new Dice(3);
        long[] amounts = IntStream.range(0, 10_000).mapToLong(i -> dice.logNormal(1_000_000, 1.0)).sorted().toArray();
        double mean = java.util.Arrays.stream(amounts).average().orElseThrow();
        assertThat(amounts[5_000]).isBetween(900_000L, 1_100_000L);
        assertThat(mean).isGreaterThan(1.4 * amounts[5_000]);
    }
}
