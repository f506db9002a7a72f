package vn.laborcases.rules.arrears;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.arrears.ClaimKind;
import vn.laborcases.api.arrears.PaymentAllocation;
import vn.laborcases.rules.arrears.PaymentAllocations.LineDebt;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Contributions first, then the oldest due date, then the line number; never more than is owed. */
class PaymentAllocationsTest {

    private static final List<LineDebt> LINES = List.of(
            new LineDebt(1, ClaimKind.WAGES, LocalDate.of(2026, 2, 5), 30_000_000L),
            new LineDebt(2, ClaimKind.OVERTIME, LocalDate.of(2026, 1, 5), 4_000_000L),
            new LineDebt(3, ClaimKind.SOCIAL_INSURANCE, LocalDate.of(2026, 2, 28), 10_000_000L),
            new LineDebt(4, ClaimKind.UNEMPLOYMENT_INSURANCE, LocalDate.of(2026, 1, 31), 1_000_000L),
            new LineDebt(5, ClaimKind.WAGES, LocalDate.of(2026, 1, 5), 20_000_000L));

    @Test
    void contributionsFirstThenTheOldestDueDateThenTheLineNumber() {
        List<PaymentAllocation> allocations = PaymentAllocations.allocate(LINES, 20_000_000L);

        assertThat(allocations).containsExactly(
                new PaymentAllocation(4, 1_000_000L),
                new PaymentAllocation(3, 10_000_000L),
                new PaymentAllocation(2, 4_000_000L),
                new PaymentAllocation(5, 5_000_000L));
    }

    @Test
    void paidLinesAreSkipped() {
        List<LineDebt> lines = List.of(new LineDebt(1, ClaimKind.SOCIAL_INSURANCE, LocalDate.of(2026, 1, 31), 0),
                new LineDebt(2, ClaimKind.WAGES, LocalDate.of(2026, 2, 5), 5_000_000L));

        assertThat(PaymentAllocations.allocate(lines, 5_000_000L)).containsExactly(new PaymentAllocation(2, 5_000_000L));
    }

    @Test
    void exactlyWhatIsOwedIsAccepted() {
        assertThat(PaymentAllocations.refusal(LINES, 65_000_000L)).isEmpty();
        assertThat(PaymentAllocations.allocate(LINES, 65_000_000L)).extracting(PaymentAllocation::amount)
                .containsExactly(1_000_000L, 10_000_000L, 4_000_000L, 20_000_000L, 30_000_000L);
    }

    @Test
    void aPaymentAboveWhatIsOwedIsRefusedWithTheAmounts() {
        assertThat(PaymentAllocations.refusal(LINES, 65_000_001L)).hasValueSatisfying(breach -> {
            assertThat(breach.article()).isEqualTo(ArrearsArticles.PAYMENT_IN_FULL);
            assertThat(breach.message()).contains("65,000,001").contains("65,000,000");
        });
        assertThatThrownBy(() -> PaymentAllocations.allocate(LINES, 65_000_001L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZeroOrNegativePaymentIsRefused() {
        assertThat(PaymentAllocations.refusal(LINES, 0)).isPresent();
        assertThat(PaymentAllocations.refusal(LINES, -5)).isPresent();
    }
}
