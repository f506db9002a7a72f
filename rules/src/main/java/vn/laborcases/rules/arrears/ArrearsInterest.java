package vn.laborcases.rules.arrears;

import vn.laborcases.api.arrears.DepositRate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Interest on late amounts, in whole VND. Every result is rounded once, HALF_UP to the whole
 * dong, per amount and period; sums of several results are sums of rounded amounts.
 *
 * <p><b>Days late</b> are the calendar days from the due date to the payment date (or the date
 * asked about): due 30 Apr, paid 15 Jul is 76 days late, the reading of DOMAIN.md's worked
 * example (the due day itself is not late; the payment day is).
 */
public final class ArrearsInterest {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ArrearsInterest() {
    }

    /** Calendar days after {@code dueOn} up to and including {@code on}; never negative. */
    public static long daysLate(LocalDate dueOn, LocalDate on) {
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, on));
    }

    /**
     * SI Law 41/2024 Arts 40-41: {@code amount × perDay × daysLate}, e.g. 120,000,000 × 0.0003 × 76
     * = 2,736,000 VND.
     */
    public static long siInterest(long amount, LocalDate dueOn, LocalDate paidOn, BigDecimal perDay) {
        requireNonNegative(amount);
        return BigDecimal.valueOf(amount).multiply(perDay).multiply(BigDecimal.valueOf(daysLate(dueOn, paidOn)))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * Labor Code Art 97(4): when wages are paid {@code thresholdDays} or more days late, the
     * employer adds at least the interest on the late amount at the 1-month deposit rate of its
     * payroll bank at the time of payment. Simple interest, actual days over a 365-day year:
     * {@code amount × annualPercent / 100 × daysLate / 365}. Fewer days late than the threshold:
     * nothing.
     */
    public static long lateWageCompensation(long amount, LocalDate dueOn, LocalDate paidOn, DepositRate rate,
                                            int thresholdDays) {
        requireNonNegative(amount);
        long days = daysLate(dueOn, paidOn);
        if (days < thresholdDays) {
            return 0;
        }
        return BigDecimal.valueOf(amount).multiply(rate.annualPercent()).multiply(BigDecimal.valueOf(days))
                .divide(HUNDRED.multiply(DAYS_PER_YEAR), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The rate in force on {@code on}: the recorded rate with the latest effective date not after it. */
    public static Optional<DepositRate> rateOn(List<DepositRate> rates, LocalDate on) {
        return rates.stream().filter(rate -> !rate.effectiveFrom().isAfter(on))
                .max(Comparator.comparing(DepositRate::effectiveFrom));
    }

    /**
     * The first day on which unpaid contributions are evasion (SI Law 41/2024 Art 39; Decree
     * 274/2025): the day after the grace period, day 61 after the due date with a 60-day grace.
     */
    public static LocalDate evasionFrom(LocalDate dueOn, ArrearsRules rules) {
        return dueOn.plusDays(rules.siEvasionAfterDays() + 1L);
    }

    private static void requireNonNegative(long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("An amount cannot be negative: " + amount);
        }
    }
}
