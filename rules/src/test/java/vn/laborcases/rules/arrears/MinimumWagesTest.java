package vn.laborcases.rules.arrears;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.arrears.MinimumWageCheck;
import vn.laborcases.api.arrears.MonthlyMinimum;
import vn.laborcases.api.arrears.WageRegion;
import vn.laborcases.rules.RuleSets;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The minimum-wage flag by region and month, across the Decree 74/2024 → 293/2025 change. */
class MinimumWagesTest {

    private static final RuleSets LAW = RuleSets.vietnam();
    private static final YearMonth MARCH_2026 = YearMonth.of(2026, 3);

    @ParameterizedTest(name = "region {0}: minimum {1} in 2026")
    @CsvSource({"I, 5310000", "II, 4730000", "III, 4140000", "IV, 3700000"})
    void aWageOneDongBelowTheRegionalMinimumIsFlaggedAndTheMinimumItselfIsNot(WageRegion region, long minimum) {
        MinimumWageCheck below = MinimumWages.check(minimum - 1, MARCH_2026, MARCH_2026, region, LAW);
        MinimumWageCheck at = MinimumWages.check(minimum, MARCH_2026, MARCH_2026, region, LAW);

        assertThat(MinimumWages.belowMinimum(below)).isTrue();
        assertThat(below.shortMonths()).containsExactly(new MonthlyMinimum(MARCH_2026, minimum, "VN-2026.01"));
        assertThat(MinimumWages.belowMinimum(at)).isFalse();
    }

    @ParameterizedTest(name = "region {0}: minimum {1} in 2025")
    @CsvSource({"I, 4960000", "II, 4410000", "III, 3860000", "IV, 3450000"})
    void decree74AppliesIn2025(WageRegion region, long minimum) {
        YearMonth december = YearMonth.of(2025, 12);

        assertThat(MinimumWages.check(minimum - 1, december, december, region, LAW).shortMonths())
                .containsExactly(new MonthlyMinimum(december, minimum, "VN-2025.07"));
        assertThat(MinimumWages.check(minimum, december, december, region, LAW).shortMonths()).isEmpty();
    }

    @Test
    void aPeriodAcrossNewYear2026IsJudgedMonthByMonth() {
        // 5,000,000 is above Decree 74/2024's 4,960,000 but below Decree 293/2025's 5,310,000 (region I).
        MinimumWageCheck check = MinimumWages.check(5_000_000L, YearMonth.of(2025, 11), YearMonth.of(2026, 2),
                WageRegion.I, LAW);

        assertThat(check.shortMonths()).extracting(MonthlyMinimum::month)
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        assertThat(check.shortMonths()).allSatisfy(month -> assertThat(month.minimum()).isEqualTo(5_310_000L));
    }

    @Test
    void decree74TookEffectOn1July2024() {
        assertThat(MinimumWages.check(4_700_000L, YearMonth.of(2024, 6), YearMonth.of(2024, 7), WageRegion.I, LAW)
                .shortMonths()).extracting(MonthlyMinimum::month).containsExactly(YearMonth.of(2024, 7));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> MinimumWages.check(1L, MARCH_2026, YearMonth.of(2026, 1), WageRegion.I, LAW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
    }
}
