package vn.laborcases.rules.arrears;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.arrears.DepositRate;
import vn.laborcases.rules.RuleSets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SI interest, Art 97(4) late-wage compensation and the SI evasion day, as pure functions. */
class ArrearsInterestTest {

    private static final ArrearsRules RULES = RuleSets.vietnam().version("VN-2026.01").arrears();
    private static final DepositRate VCB = new DepositRate("Vietcombank", new BigDecimal("1.60"), LocalDate.of(2026, 1, 1));

    @Test
    void theWorkedSiExampleOfDomainMd() {
        LocalDate due = LocalDate.of(2026, 4, 30);
        LocalDate paid = LocalDate.of(2026, 7, 15);

        assertThat(ArrearsInterest.daysLate(due, paid)).isEqualTo(76);
        assertThat(ArrearsInterest.siInterest(120_000_000L, due, paid, RULES.siInterestPerDay())).isEqualTo(2_736_000L);
    }

    @Test
    void theSiRateIsData() {
        assertThat(RULES.siInterestPerDay()).isEqualByComparingTo("0.0003");
    }

    @Test
    void paidOnOrBeforeTheDueDateEarnsNoInterest() {
        LocalDate due = LocalDate.of(2026, 4, 30);

        assertThat(ArrearsInterest.siInterest(120_000_000L, due, due, RULES.siInterestPerDay())).isZero();
        assertThat(ArrearsInterest.siInterest(120_000_000L, due, due.minusDays(3), RULES.siInterestPerDay())).isZero();
    }

    @Test
    void siInterestIsRoundedHalfUpToTheDong() {
        LocalDate due = LocalDate.of(2026, 4, 30);
        // 1,667 × 0.0003 × 1 = 0.5001 → 1; 1,666 × 0.0003 = 0.4998 → 0
        assertThat(ArrearsInterest.siInterest(1_667L, due, due.plusDays(1), RULES.siInterestPerDay())).isEqualTo(1);
        assertThat(ArrearsInterest.siInterest(1_666L, due, due.plusDays(1), RULES.siInterestPerDay())).isZero();
    }

    @Test
    void evasionStartsOnDay61AfterTheDueDate() {
        LocalDate due = LocalDate.of(2026, 4, 30);

        assertThat(ArrearsInterest.evasionFrom(due, RULES)).isEqualTo(due.plusDays(61)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ArrearsInterest.daysLate(due, LocalDate.of(2026, 6, 29))).as("day 60 is still late payment").isEqualTo(60);
    }

    @Test
    void lateWageCompensationAtTheRecordedRate() {
        LocalDate due = LocalDate.of(2026, 3, 5);
        LocalDate paid = LocalDate.of(2026, 5, 4); // 60 days late
        // 50,000,000 × 1.60% × 60 / 365 = 131,506.849… → 131,507
        assertThat(ArrearsInterest.lateWageCompensation(50_000_000L, due, paid, VCB, RULES.lateWageThresholdDays()))
                .isEqualTo(131_507L);
    }

    @Test
    void fourteenDaysLateEarnsNoCompensationFifteenDoes() {
        LocalDate due = LocalDate.of(2026, 3, 5);
        int threshold = RULES.lateWageThresholdDays();

        assertThat(threshold).isEqualTo(15);
        assertThat(ArrearsInterest.lateWageCompensation(50_000_000L, due, due.plusDays(14), VCB, threshold)).isZero();
        // 50,000,000 × 1.60% × 15 / 365 = 32,876.71… → 32,877
        assertThat(ArrearsInterest.lateWageCompensation(50_000_000L, due, due.plusDays(15), VCB, threshold))
                .isEqualTo(32_877L);
    }

    @Test
    void theRateInForceIsTheLatestRecordedOnOrBeforeTheDay() {
        DepositRate later = new DepositRate("Vietcombank", new BigDecimal("1.70"), LocalDate.of(2026, 6, 1));
        List<DepositRate> rates = List.of(later, VCB);

        assertThat(ArrearsInterest.rateOn(rates, LocalDate.of(2026, 5, 31))).contains(VCB);
        assertThat(ArrearsInterest.rateOn(rates, LocalDate.of(2026, 6, 1))).contains(later);
        assertThat(ArrearsInterest.rateOn(rates, LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertThatThrownBy(() -> ArrearsInterest.siInterest(-1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1),
                RULES.siInterestPerDay())).isInstanceOf(IllegalArgumentException.class);
    }
}
