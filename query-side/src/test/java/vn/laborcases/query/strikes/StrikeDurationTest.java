package vn.laborcases.query.strikes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StrikeDurationTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void bothEndsCount() {
        assertThat(StrikeDuration.days(MONDAY, MONDAY)).isEqualTo(1);
        assertThat(StrikeDuration.days(MONDAY, MONDAY.plusDays(2))).isEqualTo(3);
        assertThat(StrikeDuration.days(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2))).isEqualTo(4);
    }

    @Test
    void ongoingHasNoDurationAndAnEndBeforeTheStartCountsOneDay() {
        assertThat(StrikeDuration.days(MONDAY, null)).isNull();
        assertThat(StrikeDuration.days(MONDAY, MONDAY.minusDays(1))).isEqualTo(1);
    }
}
