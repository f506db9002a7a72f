package vn.laborcases.rules.arrears;

import vn.laborcases.api.arrears.ClaimKind;
import vn.laborcases.api.arrears.PaymentAllocation;
import vn.laborcases.rules.RuleBreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How a payment is applied to the claim lines. The order, and why:
 * <ol>
 *   <li><b>SI and unemployment-insurance contributions first</b>: they alone accrue interest every
 *       day (SI Law Arts 40-41) and turn into evasion after the grace period (Art 39), so paying
 *       them first stops the fastest-growing debt and spares the workers' insurance records;</li>
 *   <li>then <b>the oldest due date first</b> within each group, as a debtor's payment is applied
 *       to the debt that fell due first (Civil Code Art 291's default order), which also stops
 *       Art 97(4) compensation on the longest-late wages first;</li>
 *   <li>ties by line number, so that the order is total and the result reproducible.</li>
 * </ol>
 * Payments settle principal only: interest and compensation are reported beside it (see
 * {@link ArrearsBalance}) and are not part of what a payment can exceed.
 */
public final class PaymentAllocations {

    /** What one line still owes, as the allocation sees it. */
    public record LineDebt(int lineNo, ClaimKind kind, LocalDate dueOn, long outstanding) {
    }

    public static final Comparator<LineDebt> ORDER = Comparator
            .comparing((LineDebt line) -> !line.kind().isContribution())
            .thenComparing(LineDebt::dueOn)
            .thenComparingInt(LineDebt::lineNo);

    private PaymentAllocations() {
    }

    /** Why a payment of {@code amount} cannot be recorded, if it cannot. */
    public static Optional<RuleBreach> refusal(List<LineDebt> lines, long amount) {
        if (amount <= 0) {
            return Optional.of(new RuleBreach(null, "A payment must be a positive amount of VND; got " + amount));
        }
        long owed = lines.stream().mapToLong(LineDebt::outstanding).sum();
        if (amount > owed) {
            return Optional.of(new RuleBreach(ArrearsArticles.PAYMENT_IN_FULL,
                    "A payment of %,d VND is more than the %,d VND still owed; record at most %,d VND."
                            .formatted(amount, owed, owed)));
        }
        return Optional.empty();
    }

    /** The payment split over the lines in the documented order; refused payments throw. */
    public static List<PaymentAllocation> allocate(List<LineDebt> lines, long amount) {
        refusal(lines, amount).ifPresent(breach -> {
            throw new IllegalArgumentException(breach.message());
        });
        List<PaymentAllocation> allocations = new ArrayList<>();
        long left = amount;
        for (LineDebt line : lines.stream().sorted(ORDER).toList()) {
            if (left == 0) {
                break;
            }
            long applied = Math.min(left, line.outstanding());
            if (applied > 0) {
                allocations.add(new PaymentAllocation(line.lineNo(), applied));
                left -= applied;
            }
        }
        return List.copyOf(allocations);
    }
}
