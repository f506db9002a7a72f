package vn.laborcases.demo.plan;

import vn.laborcases.api.CaseType;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static vn.laborcases.demo.plan.Steps.body;

/**
 * Labor disputes through mediation, arbitration and court (Labor Code Arts 187-197), and the
 * strikes of interest disputes (Arts 198-211), lawful and not.
 */
final class DisputeScenarios {

    static final Weighted<String> PATHS = Weighted.of("settled-in-mediation", 24)
            .or("mediation-failed", 9)
            .or("party-absent-twice", 5)
            .or("left-in-mediation", 8)
            .or("awaiting-mediator", 5)
            .or("arbitration-resolved", 6)
            .or("arbitration-not-complied-then-court", 5)
            .or("exempt-straight-to-court", 5)
            .or("withdrawn", 4)
            .or("collective-rights-to-court", 5)
            .or("collective-interests-settled", 6)
            .or("lawful-strike", 5)
            .or("unlawful-strike", 5)
            .or("strike-postponed", 2);

    private static final String[] INDIVIDUAL_SUMMARIES = {"Overtime for the last two months unpaid",
            "Dismissed without the notice the contract requires", "Annual leave not paid out on resignation",
            "Wages cut after a transfer to another post", "Maternity leave refused"};
    private static final String[] COLLECTIVE_SUMMARIES = {"The Tết bonus cut by half without consultation",
            "Meal allowance not raised as the collective agreement promised", "Shift pattern changed without consultation",
            "Wage rise of the collective bargaining round refused"};

    private final WorkingDayCalendar calendar;

    DisputeScenarios(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    CasePlan plan(int index, String path, Dice dice, Enterprise employer, LocalDate receivedOn, LocalDate today) {
        String kind = switch (path) {
            case "collective-rights-to-court" -> "COLLECTIVE_RIGHTS";
            case "collective-interests-settled", "lawful-strike", "unlawful-strike", "strike-postponed" ->
                    "COLLECTIVE_INTERESTS";
            default -> "INDIVIDUAL";
        };
        boolean individual = kind.equals("INDIVIDUAL");
        int workers = individual ? 1 : Math.max(2, (int) (employer.headcount() * (0.2 + 0.7 * dice.unit())));
        boolean exempt = path.equals("exempt-straight-to-court");
        Map<String, Object> filing = body("kind", kind, "province", employer.province(),
                "employerTaxCode", employer.taxCode(), "employerName", employer.name(),
                "requestedBy", individual && dice.chance(0.1) ? "EMPLOYER_SIDE" : "WORKER_SIDE",
                "summary", dice.pick(individual ? INDIVIDUAL_SUMMARIES : COLLECTIVE_SUMMARIES),
                "workersInvolved", workers,
                "exemption", exempt ? "DISMISSAL_OR_UNILATERAL_TERMINATION" : null,
                "forum", exempt ? "COURT" : null,
                "discoveredOn", receivedOn.minusDays(dice.between(2, 60)), "receivedOn", receivedOn,
                "reason", "Request received at the front desk");

        Steps steps = new Steps(today);
        if (exempt) {
            court(steps, dice, employer, receivedOn.plusDays(dice.between(1, 10)));
            return new CasePlan(index, CaseType.LABOR_DISPUTE, path, employer, filing, steps.list());
        }
        if (path.equals("awaiting-mediator")) {
            return new CasePlan(index, CaseType.LABOR_DISPUTE, path, employer, filing, List.of());
        }
        // Mostly within the 5 working days of Decree 145/2020 Art 95; one in ten late.
        LocalDate assigned = calendar.plusWorkingDays(receivedOn, dice.chance(0.9) ? dice.between(1, 4) : dice.between(6, 9));
        steps.bySupervisor(assigned, "mediator", "mediatorId", Staff.mediator(employer.province(), dice), "assignedOn", assigned);
        LocalDate session = calendar.plusWorkingDays(assigned, dice.between(1, 3));
        switch (path) {
            case "left-in-mediation" -> {
                // Nothing more: the mediation deadline lapses on its own.
            }
            case "settled-in-mediation", "collective-interests-settled" -> {
                steps.on(session, "mediation/settlement", "settledOn", session,
                        "terms", "The employer pays the amount claimed within 15 days");
                recordsAndClosure(steps, dice, session, "Settled in mediation");
            }
            case "withdrawn" -> steps.on(session, "withdrawal", "on", session, "reason", "The worker and the employer agreed directly");
            case "party-absent-twice" -> {
                steps.on(session, "mediation/absences", "party", "EMPLOYER_SIDE", "sessionOn", session);
                LocalDate second = calendar.plusWorkingDays(session, 1);
                steps.on(second, "mediation/absences", "party", "EMPLOYER_SIDE", "sessionOn", second);
                steps.on(second.plusDays(1), "mediation/records-delivery", "deliveredOn", second.plusDays(1));
            }
            default -> {
                steps.on(session, "mediation/failure", "failedOn", session, "grounds", "No agreement on the amount");
                afterFailure(path, steps, dice, employer, session, workers);
            }
        }
        return new CasePlan(index, CaseType.LABOR_DISPUTE, path, employer, filing, steps.list());
    }

    private void afterFailure(String path, Steps steps, Dice dice, Enterprise employer, LocalDate failed, int workers) {
        switch (path) {
            case "arbitration-resolved", "arbitration-not-complied-then-court" -> {
                LocalDate decided = arbitration(steps, dice, failed);
                boolean complied = path.equals("arbitration-resolved");
                LocalDate checked = decided.plusDays(dice.between(10, 20));
                steps.on(checked, "arbitration/compliance", "recordedOn", checked, "complied", complied,
                        "note", complied ? "Paid in full" : "Not paid by the deadline of the decision");
                if (!complied) {
                    court(steps, dice, employer, checked.plusDays(dice.between(3, 20)));
                }
            }
            case "collective-rights-to-court" -> court(steps, dice, employer, failed.plusDays(dice.between(5, 30)));
            case "lawful-strike", "strike-postponed" -> new StrikeSteps(calendar).lawful(steps, dice, failed, workers,
                    path.equals("strike-postponed"), employer);
            case "unlawful-strike" -> new StrikeSteps(calendar).unlawful(steps, dice, failed, workers);
            default -> steps.on(failed.plusDays(1), "mediation/records-delivery", "deliveredOn", failed.plusDays(1));
        }
    }

    /** Both parties consent; the panel forms and decides. Returns the day of the decision. */
    private LocalDate arbitration(Steps steps, Dice dice, LocalDate failed) {
        LocalDate requested = failed.plusDays(dice.between(3, 20));
        steps.on(requested, "arbitration", "requestedOn", requested, "workerSideConsents", true,
                "employerSideConsents", true);
        LocalDate formed = calendar.plusWorkingDays(requested, dice.between(2, 6));
        steps.on(formed, "arbitration/panel", "formedOn", formed,
                "arbitrators", List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu"));
        LocalDate decided = formed.plusDays(dice.between(10, 28));
        steps.on(decided, "arbitration/decision", "decidedOn", decided, "decision", "The employer pays the amount claimed");
        return decided;
    }

    private static void court(Steps steps, Dice dice, Enterprise employer, LocalDate referred) {
        steps.on(referred, "court", "referredOn", referred, "court", Staff.court(employer.province()));
        LocalDate judged = referred.plusDays(dice.between(30, 120));
        steps.on(judged, "court/judgment", "judgedOn", judged, "judgment", "The claim is upheld in part");
    }

    private static void recordsAndClosure(Steps steps, Dice dice, LocalDate session, String reason) {
        // The records reach both parties within a working day (Art 188), now and then later.
        LocalDate delivered = session.plusDays(dice.chance(0.85) ? 1 : dice.between(3, 6));
        steps.on(delivered, "mediation/records-delivery", "deliveredOn", delivered);
        if (dice.chance(0.7)) {
            LocalDate closed = delivered.plusDays(dice.between(1, 10));
            steps.on(closed, "closure", "on", closed, "reason", reason);
        }
    }
}
