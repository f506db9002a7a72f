package vn.laborcases.command.arrears;

import vn.laborcases.api.arrears.*;
import vn.laborcases.command.CaseRuleViolationException;
import vn.laborcases.command.Corrections;
import vn.laborcases.command.LatestRecord;
import vn.laborcases.rules.Law;
import vn.laborcases.rules.RuleSet;
import vn.laborcases.rules.arrears.ArrearsArticles;
import vn.laborcases.rules.arrears.ArrearsInterest;
import vn.laborcases.rules.arrears.MinimumWages;
import vn.laborcases.rules.arrears.PaymentAllocations;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The decisions on a complaint's claim: lines, notice to the employer, the determined amounts,
 * the payroll bank's deposit rate, the payment plan and the payments. Each reads the case file
 * and returns the event to apply, or refuses.
 */
final class ComplaintPayments {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ComplaintPayments() {
    }

    static ClaimLineAddedEvent addLine(ComplaintCaseFile file, AddClaimLineCommand command, Law law) {
        if (file.amountsDeterminedOn != null) {
            throw new CaseRuleViolationException(ArrearsArticles.PAYMENT_IN_FULL,
                    "The amounts were determined on " + file.amountsDeterminedOn + "; the claim lines are final.");
        }
        if (command.principal() <= 0) {
            throw new CaseRuleViolationException(null,
                    "A claim line's principal is a positive amount of VND; got " + command.principal());
        }
        ClaimKind kind = command.kind();
        MinimumWageCheck minimum = minimumWage(file, kind, command.monthlyWagePerWorker(), command.periodFrom(),
                command.periodTo(), law);
        RuleSet rules = law.on(command.dueOn());
        return new ClaimLineAddedEvent(file.id, file.lines.size() + 1, kind, command.periodFrom(),
                command.periodTo(), command.principal(), command.dueOn(), command.monthlyWagePerWorker(), minimum,
                kind.isContribution() ? ArrearsInterest.evasionFrom(command.dueOn(), rules.arrears()) : null);
    }

    /**
     * A line recorded wrongly gets its right principal, period or wage, and the minimum-wage check
     * is derived again from them by the same rule. What was already paid on the line stays paid,
     * so the principal cannot fall below it.
     */
    static ClaimLineCorrectedEvent correctLine(ComplaintCaseFile file, CorrectClaimLineCommand command, Law law) {
        Corrections.requireReason(command.reason());
        ClaimLine line = file.lines.stream().filter(l -> l.lineNo() == command.lineNo()).findFirst()
                .orElseThrow(() -> new CaseRuleViolationException(null, "No claim line %d is recorded in this case;"
                        .formatted(command.lineNo()) + " it has lines 1 to " + file.lines.size() + "."));
        String fact = "claim line " + line.lineNo();
        LatestRecord latest = file.lineRecords.get(line.lineNo());
        latest.requireCorrects(command.corrects(), fact);
        long principal = Corrections.givenOrKept(command.principal(), line.principal());
        if (principal <= 0) {
            throw new IllegalArgumentException("A claim line's principal is a positive amount of VND; got " + principal);
        }
        long paid = file.paidOn(line.lineNo(), null);
        if (principal < paid) {
            throw new CaseRuleViolationException(ArrearsArticles.PAYMENT_IN_FULL, ("%,d VND has already been paid"
                    + " on %s, so its principal cannot be corrected to %,d VND. Payments stay on record; if one was"
                    + " allocated wrongly, correct the principal to at least what was paid.")
                    .formatted(paid, fact, principal));
        }
        YearMonth from = Corrections.givenOrKept(command.periodFrom(), line.periodFrom());
        YearMonth to = Corrections.givenOrKept(command.periodTo(), line.periodTo());
        Long wage = Corrections.givenOrKept(command.monthlyWagePerWorker(), line.monthlyWagePerWorker());
        ClaimLineFacts corrected = new ClaimLineFacts(from, to, principal, wage,
                minimumWage(file, line.kind(), wage, from, to, law));
        Corrections.requireChange(line.facts(), corrected, fact);
        return new ClaimLineCorrectedEvent(file.id, line.lineNo(), line.kind(), latest.eventId(), line.facts(),
                corrected);
    }

    /** The wage of a wage line against the regional minimum of each month; null for other lines. */
    private static MinimumWageCheck minimumWage(ComplaintCaseFile file, ClaimKind kind, Long wage, YearMonth from,
                                                YearMonth to, Law law) {
        boolean needsWage = kind == ClaimKind.WAGES || kind == ClaimKind.MINIMUM_WAGE_SHORTFALL;
        if (needsWage && wage == null) {
            throw new IllegalArgumentException("A " + kind + " line gives monthlyWagePerWorker, so that it can be"
                    + " compared with the regional minimum wage");
        }
        if (wage != null && !kind.isWage()) {
            throw new IllegalArgumentException("monthlyWagePerWorker applies to wage lines only, not to " + kind);
        }
        if (wage != null && wage < 0) {
            throw new IllegalArgumentException("A monthly wage cannot be negative");
        }
        MinimumWageCheck minimum = wage == null ? null
                : MinimumWages.check(wage, from, to, file.region, law.ruleSets());
        if (minimum == null && to.isBefore(from)) {
            throw new IllegalArgumentException("A claim period cannot end before it starts");
        }
        return minimum;
    }

    static EmployerNotifiedEvent notifyEmployer(ComplaintCaseFile file, NotifyEmployerCommand command) {
        if (file.lines.isEmpty()) {
            throw new CaseRuleViolationException(null, "Add the claim lines before notifying the employer of them.");
        }
        return new EmployerNotifiedEvent(file.id, command.notifiedOn(), command.channel());
    }

    static AmountsDeterminedEvent determine(ComplaintCaseFile file, DetermineAmountsCommand command) {
        if (file.amountsDeterminedOn != null) {
            throw new CaseRuleViolationException(null,
                    "The amounts were already determined on " + file.amountsDeterminedOn + ".");
        }
        if (!file.employerNotified) {
            throw new CaseRuleViolationException(null,
                    "Notify the employer of the claim before determining the amounts, so that it can answer.");
        }
        long total = file.lines.stream().mapToLong(ClaimLine::principal).sum();
        return new AmountsDeterminedEvent(file.id, command.determinedOn(), total, file.lines.size());
    }

    static DepositRateRecordedEvent depositRate(ComplaintCaseFile file, RecordDepositRateCommand command) {
        DepositRate rate = command.rate();
        if (rate == null || rate.bank() == null || rate.bank().isBlank() || rate.effectiveFrom() == null
                || rate.annualPercent() == null) {
            throw new IllegalArgumentException("A deposit rate names its bank, its rate and the day it took effect");
        }
        if (rate.annualPercent().signum() <= 0 || rate.annualPercent().compareTo(HUNDRED) >= 0) {
            throw new IllegalArgumentException("A deposit rate is a percentage per year above 0 and below 100; got "
                    + rate.annualPercent());
        }
        return new DepositRateRecordedEvent(file.id, rate);
    }

    static PaymentPlanAgreedEvent plan(ComplaintCaseFile file, AgreePaymentPlanCommand command) {
        requireDetermined(file, "agree a payment plan");
        List<Instalment> instalments = command.instalments() == null ? List.of() : command.instalments();
        if (instalments.isEmpty()) {
            throw new IllegalArgumentException("A payment plan has at least one instalment");
        }
        for (int i = 0; i < instalments.size(); i++) {
            Instalment instalment = instalments.get(i);
            if (instalment.amount() <= 0) {
                throw new IllegalArgumentException("Instalment " + (i + 1) + " must be a positive amount");
            }
            if (instalment.dueOn().isBefore(command.agreedOn())
                    || (i > 0 && !instalment.dueOn().isAfter(instalments.get(i - 1).dueOn()))) {
                throw new IllegalArgumentException("Instalments fall due in order, after the plan is agreed");
            }
        }
        long planned = instalments.stream().mapToLong(Instalment::amount).sum();
        long outstanding = file.outstanding();
        if (planned != outstanding) {
            throw new CaseRuleViolationException(ArrearsArticles.PAYMENT_IN_FULL,
                    "The instalments add up to %,d VND but %,d VND is still owed; a plan covers exactly what is owed."
                            .formatted(planned, outstanding));
        }
        return new PaymentPlanAgreedEvent(file.id, command.agreedOn(), List.copyOf(instalments));
    }

    static PaymentRecordedEvent payment(ComplaintCaseFile file, RecordPaymentCommand command) {
        requireDetermined(file, "record a payment");
        var debts = file.debts();
        PaymentAllocations.refusal(debts, command.amount()).ifPresent(breach -> {
            throw new CaseRuleViolationException(breach);
        });
        List<PaymentAllocation> allocations = PaymentAllocations.allocate(debts, command.amount());
        return new PaymentRecordedEvent(file.id, file.payments.size() + 1, command.paidOn(), command.amount(),
                command.reference(), allocations, file.outstanding() - command.amount());
    }

    private static void requireDetermined(ComplaintCaseFile file, String step) {
        if (file.amountsDeterminedOn == null) {
            throw new CaseRuleViolationException(null, "Determine the amounts owed before trying to " + step + ".");
        }
    }
}
