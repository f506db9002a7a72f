package vn.laborcases.demo.plan;

import vn.laborcases.api.CaseType;
import vn.laborcases.api.arrears.WageRegion;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static vn.laborcases.demo.plan.Steps.body;

/**
 * Wage- and SI-arrears complaints: triage, the Decree 24/2018 procedure, claim lines, and the
 * employer paying in full, by instalments, in part, or not at all.
 */
final class ComplaintScenarios {

    static final Weighted<String> PATHS = Weighted.of("paid-in-full", 22)
            .or("payment-plan", 12)
            .or("partly-paid-second-complaint", 8)
            .or("refused", 8)
            .or("referred-to-inspection", 8)
            .or("referred-to-si-office", 6)
            .or("treated-as-dispute", 6)
            .or("awaiting-acceptance", 8)
            .or("awaiting-decision", 10);

    private static final String[] BANKS = {"Vietcombank", "BIDV", "VietinBank", "Agribank", "Techcombank"};

    private final WorkingDayCalendar calendar;

    ComplaintScenarios(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    CasePlan plan(int index, String path, Dice dice, Enterprise employer, LocalDate receivedOn, LocalDate today) {
        String complainant = path.equals("referred-to-si-office") ? "SI_OFFICE"
                : dice.chance(0.55) ? "WORKER" : "UNION";
        int workers = switch (complainant) {
            case "WORKER" -> Math.min(employer.headcount(), dice.between(1, 3));
            case "UNION" -> Math.max(1, (int) (employer.headcount() * (0.1 + 0.7 * dice.unit())));
            default -> employer.headcount();
        };
        var registration = body("province", employer.province(), "enterpriseTaxCode", employer.taxCode(),
                "enterpriseName", employer.name(), "region", employer.region(), "complainant", complainant,
                "workersAffected", workers, "summary", "Wages and social insurance unpaid for recent months",
                "receivedOn", receivedOn);
        Steps steps = new Steps(today);
        LocalDate triaged = receivedOn.plusDays(dice.between(0, 2));
        switch (path) {
            case "referred-to-inspection" -> steps.on(triaged, "triage/referral", "referredOn", triaged,
                    "target", "INSPECTION", "scope", List.of("LABOR_LAW", "SOCIAL_INSURANCE"),
                    "grounds", "Many workers affected; an inspection should look at the payroll");
            case "referred-to-si-office" -> {
                steps.on(triaged, "triage/referral", "referredOn", triaged, "target", "SI_OFFICE",
                        "scope", List.of("SOCIAL_INSURANCE"), "grounds", "Contributions unpaid; the SI office collects them");
                claim(steps, dice, employer.region(), workers, receivedOn, triaged.plusDays(1));
            }
            case "treated-as-dispute" -> steps.on(triaged, "triage/dispute", "triagedOn", triaged,
                    "newDisputeRequested", true);
            default -> procedure(path, steps, dice, employer, workers, receivedOn, triaged);
        }
        return new CasePlan(index, CaseType.WAGE_ARREARS, path, employer, registration, steps.list());
    }

    private void procedure(String path, Steps steps, Dice dice, Enterprise employer, int workers, LocalDate receivedOn,
                           LocalDate triaged) {
        steps.on(triaged, "triage/complaint", "triagedOn", triaged);
        // Accepted within the 7 working days of Decree 24/2018, one in ten late.
        LocalDate answered = calendar.plusWorkingDays(receivedOn, dice.chance(0.9) ? dice.between(2, 6) : dice.between(8, 11));
        if (path.equals("awaiting-acceptance")) {
            return;
        }
        if (path.equals("refused")) {
            steps.on(answered, "refusal", "refusedOn", answered, "reasons", "The claim is already before the court");
            return;
        }
        steps.on(answered, "acceptance", "acceptedOn", answered, "complex", dice.chance(0.15),
                "remoteArea", employer.region() == WageRegion.IV && dice.chance(0.3));
        long owed = claim(steps, dice, employer.region(), workers, receivedOn, answered.plusDays(dice.between(1, 5)));
        LocalDate notified = answered.plusDays(dice.between(6, 9));
        steps.on(notified, "employer-notice", "notifiedOn", notified, "channel", "Registered letter");
        if (path.equals("awaiting-decision")) {
            return;
        }
        LocalDate determined = notified.plusDays(dice.between(5, 15));
        steps.on(determined, "determination", "determinedOn", determined);
        steps.on(determined, "deposit-rates", "bank", dice.pick(BANKS),
                "annualPercent", (160 + dice.between(0, 320)) / 100.0,
                "effectiveFrom", determined.withDayOfYear(1));
        switch (path) {
            case "paid-in-full" -> {
                LocalDate paid = determined.plusDays(dice.between(5, 60));
                steps.on(paid, "payments", "paidOn", paid, "amount", owed, "reference", "UNC " + dice.between(1000, 9999));
                LocalDate decided = paid.plusDays(dice.between(1, 10));
                steps.on(decided, "first-decision", "decidedOn", decided, "decision", "The employer has paid in full");
                if (dice.chance(0.7)) {
                    steps.on(decided.plusDays(5), "closure", "on", decided.plusDays(5), "reason", "Paid in full");
                }
            }
            case "payment-plan" -> paymentPlan(steps, dice, determined, owed);
            default -> secondComplaint(steps, dice, determined, owed);
        }
    }

    /** Adds the claim lines; returns what they claim in total. */
    private static long claim(Steps steps, Dice dice, WageRegion region, int workers, LocalDate receivedOn,
                              LocalDate claimedOn) {
        List<Map<String, Object>> lines = ClaimLines.draw(dice, region, workers, receivedOn, claimedOn);
        for (Map<String, Object> line : lines) {
            steps.on(claimedOn, "claim-lines", line);
        }
        return ClaimLines.total(lines);
    }

    private static void paymentPlan(Steps steps, Dice dice, LocalDate determined, long owed) {
        LocalDate agreed = determined.plusDays(dice.between(3, 10));
        int count = dice.between(2, 4);
        List<Map<String, Object>> instalments = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            long amount = i < count ? owed / count : owed - (owed / count) * (count - 1);
            instalments.add(body("dueOn", agreed.plusMonths(i), "amount", amount));
        }
        steps.on(agreed, "payment-plan", "agreedOn", agreed, "instalments", instalments);
        LocalDate decided = agreed.plusDays(dice.between(2, 10));
        steps.on(decided, "first-decision", "decidedOn", decided, "decision", "The employer pays by the agreed instalments");
        // Instalments due after today are not paid yet: the plan stays part-paid.
        for (Map<String, Object> instalment : instalments) {
            LocalDate paid = ((LocalDate) instalment.get("dueOn")).plusDays(dice.chance(0.8) ? 0 : dice.between(5, 20));
            steps.on(paid, "payments", "paidOn", paid, "amount", instalment.get("amount"), "reference", "Instalment");
        }
    }

    private static void secondComplaint(Steps steps, Dice dice, LocalDate determined, long owed) {
        LocalDate paid = determined.plusDays(dice.between(10, 40));
        long part = Math.max(1, Math.round(owed * (0.3 + 0.4 * dice.unit())));
        steps.on(paid, "payments", "paidOn", paid, "amount", part, "reference", "Part payment");
        LocalDate decided = paid.plusDays(dice.between(1, 10));
        steps.on(decided, "first-decision", "decidedOn", decided, "decision", "The employer pays the rest within 30 days");
        LocalDate filed = decided.plusDays(dice.between(5, 25));
        LocalDate accepted = filed.plusDays(dice.between(1, 5));
        steps.on(accepted, "second-complaint", "filedOn", filed, "acceptedOn", accepted);
        LocalDate second = accepted.plusDays(dice.between(20, 40));
        steps.on(second, "second-decision", "decidedOn", second, "decision", "The first decision is upheld");
    }
}
