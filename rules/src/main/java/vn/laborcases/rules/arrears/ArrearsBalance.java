package vn.laborcases.rules.arrears;

import vn.laborcases.api.arrears.ClaimKind;
import vn.laborcases.api.arrears.DepositRate;
import vn.laborcases.api.arrears.PaymentAllocation;
import vn.laborcases.rules.RuleSets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an employer owes as of a date, per claim line and in total: owed, paid, outstanding,
 * interest to date and days outstanding. Payments after the date are not counted, so the
 * balance of any past day can be reproduced.
 *
 * <p>Interest to date is the sum, rounded per part (see {@link ArrearsInterest}), of the interest
 * on each part paid late (up to its payment day) and on the part still outstanding (up to the
 * date). Contributions use the SI rate of the rule set in force on their due date; wage kinds use
 * the payroll bank's deposit rate in force on each payment day (or on the date, for what is still
 * outstanding); severance earns none here. A wage line with no recorded rate reports no
 * compensation and says so ({@code depositRateMissing}).
 */
public final class ArrearsBalance {

    public record Line(int lineNo, ClaimKind kind, long principal, LocalDate dueOn) {
    }

    public record Payment(LocalDate paidOn, List<PaymentAllocation> allocations) {
    }

    public record LineBalance(int lineNo, ClaimKind kind, LocalDate dueOn, long owed, long paid, long outstanding,
                              long interest, long daysOutstanding, boolean depositRateMissing, boolean evasion) {
    }

    public record Balance(LocalDate asOf, List<LineBalance> lines, long owed, long paid, long outstanding,
                          long interest) {
    }

    private ArrearsBalance() {
    }

    public static Balance asOf(LocalDate asOf, List<Line> lines, List<Payment> payments, List<DepositRate> rates,
                               RuleSets ruleSets) {
        List<LineBalance> balances = new ArrayList<>();
        for (Line line : lines) {
            balances.add(line(asOf, line, payments, rates, ruleSets));
        }
        return new Balance(asOf, List.copyOf(balances),
                balances.stream().mapToLong(LineBalance::owed).sum(),
                balances.stream().mapToLong(LineBalance::paid).sum(),
                balances.stream().mapToLong(LineBalance::outstanding).sum(),
                balances.stream().mapToLong(LineBalance::interest).sum());
    }

    private static LineBalance line(LocalDate asOf, Line line, List<Payment> payments, List<DepositRate> rates,
                                    RuleSets ruleSets) {
        ArrearsRules rules = ruleSets.effectiveOn(line.dueOn()).arrears();
        long paid = 0;
        long interest = 0;
        long paidBeforeEvasion = 0;
        boolean rateMissing = false;
        LocalDate evasionFrom = ArrearsInterest.evasionFrom(line.dueOn(), rules);
        for (Payment payment : payments) {
            if (payment.paidOn().isAfter(asOf)) {
                continue;
            }
            for (PaymentAllocation allocation : payment.allocations()) {
                if (allocation.lineNo() != line.lineNo()) {
                    continue;
                }
                paid += allocation.amount();
                if (payment.paidOn().isBefore(evasionFrom)) {
                    paidBeforeEvasion += allocation.amount();
                }
                Optional<Long> part = interest(line, allocation.amount(), payment.paidOn(), rates, rules);
                rateMissing |= part.isEmpty();
                interest += part.orElse(0L);
            }
        }
        long outstanding = line.principal() - paid;
        if (outstanding > 0) {
            Optional<Long> part = interest(line, outstanding, asOf, rates, rules);
            rateMissing |= part.isEmpty();
            interest += part.orElse(0L);
        }
        boolean evasion = line.kind().isContribution() && !asOf.isBefore(evasionFrom)
                && paidBeforeEvasion < line.principal();
        long days = outstanding > 0 ? ArrearsInterest.daysLate(line.dueOn(), asOf) : 0;
        return new LineBalance(line.lineNo(), line.kind(), line.dueOn(), line.principal(), paid, outstanding,
                interest, days, rateMissing, evasion);
    }

    /** Interest on {@code amount} of the line up to {@code until}; empty when a deposit rate is needed and none is on file. */
    private static Optional<Long> interest(Line line, long amount, LocalDate until, List<DepositRate> rates,
                                           ArrearsRules rules) {
        if (line.kind().isContribution()) {
            return Optional.of(ArrearsInterest.siInterest(amount, line.dueOn(), until, rules.siInterestPerDay()));
        }
        if (!line.kind().isWage() || ArrearsInterest.daysLate(line.dueOn(), until) < rules.lateWageThresholdDays()) {
            return Optional.of(0L);
        }
        return ArrearsInterest.rateOn(rates, until).map(rate -> ArrearsInterest.lateWageCompensation(amount,
                line.dueOn(), until, rate, rules.lateWageThresholdDays()));
    }
}
