package vn.laborcases.rules.arrears;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.arrears.ClaimKind;
import vn.laborcases.api.arrears.DepositRate;
import vn.laborcases.api.arrears.PaymentAllocation;
import vn.laborcases.rules.RuleSets;
import vn.laborcases.rules.arrears.ArrearsBalance.Balance;
import vn.laborcases.rules.arrears.ArrearsBalance.Line;
import vn.laborcases.rules.arrears.ArrearsBalance.LineBalance;
import vn.laborcases.rules.arrears.ArrearsBalance.Payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The balance as of a date: partial payments, interest on each late part, evasion, missing rates. */
class ArrearsBalanceTest {

    private static final RuleSets LAW = RuleSets.vietnam();
    private static final LocalDate SI_DUE = LocalDate.of(2026, 4, 30);
    private static final LocalDate WAGE_DUE = LocalDate.of(2026, 3, 5);
    private static final List<Line> LINES = List.of(
            new Line(1, ClaimKind.SOCIAL_INSURANCE, 120_000_000L, SI_DUE),
            new Line(2, ClaimKind.WAGES, 50_000_000L, WAGE_DUE));
    private static final List<DepositRate> RATES = List.of(
            new DepositRate("Vietcombank", new BigDecimal("1.60"), LocalDate.of(2026, 1, 1)));

    @Test
    void theWorkedExampleAsABalance() {
        Payment paid = new Payment(LocalDate.of(2026, 7, 15), List.of(new PaymentAllocation(1, 120_000_000L)));

        LineBalance si = ArrearsBalance.asOf(LocalDate.of(2026, 7, 15), LINES, List.of(paid), RATES, LAW).lines().get(0);

        assertThat(si.paid()).isEqualTo(120_000_000L);
        assertThat(si.outstanding()).isZero();
        assertThat(si.interest()).isEqualTo(2_736_000L);
        assertThat(si.daysOutstanding()).isZero();
        assertThat(si.evasion()).as("unpaid on day 61 (29 Jun... 30 Jun)").isTrue();
    }

    @Test
    void beforeAnyPaymentEverythingIsOutstanding() {
        Balance balance = ArrearsBalance.asOf(LocalDate.of(2026, 6, 29), LINES, List.of(), RATES, LAW);

        assertThat(balance.outstanding()).isEqualTo(170_000_000L);
        LineBalance si = balance.lines().get(0);
        assertThat(si.daysOutstanding()).isEqualTo(60);
        assertThat(si.interest()).isEqualTo(2_160_000L);       // 120,000,000 × 0.0003 × 60
        assertThat(si.evasion()).as("day 60 is still late payment").isFalse();
        LineBalance wages = balance.lines().get(1);
        assertThat(wages.daysOutstanding()).isEqualTo(116);
        assertThat(wages.interest()).isEqualTo(254_247L);     // 50,000,000 × 1.6% × 116 / 365 = 254,246.57
        assertThat(balance.interest()).isEqualTo(2_414_247L);
    }

    @Test
    void paymentsAfterTheDateAreNotCounted() {
        Payment later = new Payment(LocalDate.of(2026, 8, 1), List.of(new PaymentAllocation(2, 50_000_000L)));

        Balance before = ArrearsBalance.asOf(LocalDate.of(2026, 7, 31), LINES, List.of(later), RATES, LAW);
        Balance after = ArrearsBalance.asOf(LocalDate.of(2026, 8, 1), LINES, List.of(later), RATES, LAW);

        assertThat(before.lines().get(1).outstanding()).isEqualTo(50_000_000L);
        assertThat(after.lines().get(1).outstanding()).isZero();
        assertThat(after.lines().get(1).paid()).isEqualTo(50_000_000L);
    }

    @Test
    void aPartPaidBeforeTheThresholdEarnsNothingAndTheRestEarnsToDate() {
        Payment early = new Payment(WAGE_DUE.plusDays(14), List.of(new PaymentAllocation(2, 20_000_000L)));

        LineBalance wages = ArrearsBalance.asOf(WAGE_DUE.plusDays(30), LINES, List.of(early), RATES, LAW).lines().get(1);

        assertThat(wages.outstanding()).isEqualTo(30_000_000L);
        assertThat(wages.interest()).isEqualTo(39_452L);       // 30,000,000 × 1.6% × 30 / 365 = 39,452.05
    }

    @Test
    void withNoDepositRateOnFileTheWageLineSaysSo() {
        LineBalance wages = ArrearsBalance.asOf(LocalDate.of(2026, 6, 1), LINES, List.of(), List.of(), LAW).lines().get(1);

        assertThat(wages.depositRateMissing()).isTrue();
        assertThat(wages.interest()).isZero();
    }
}
