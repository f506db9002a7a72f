package vn.laborcases.demo.plan;

import vn.laborcases.api.CaseType;
import vn.laborcases.rules.Law;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static vn.laborcases.demo.plan.Steps.body;

/**
 * Inspections in the order of Law on Inspection 84/2025, many closing with no violation; the
 * others with findings, fines inside their Decree 12/2022 band, and remediation.
 */
final class InspectionScenarios {

    static final Weighted<String> PATHS = Weighted.of("no-violation-closed", 34)
            .or("no-violation-concluded", 6)
            .or("violations-remediated", 20)
            .or("violations-fine-settled", 8)
            .or("violations-remediation-waived", 4)
            .or("reopened", 2)
            .or("in-fieldwork", 14)
            .or("awaiting-draft-conclusion", 6);

    private static final Weighted<String> TRIGGERS = Weighted.of("PLANNED", 60).or("SI_VIOLATOR_LIST", 12)
            .or("REFERRAL", 12).or("ACCIDENT", 8);

    private final Law law;
    private final InspectionEnforcementSteps enforcement;

    InspectionScenarios(Law law) {
        this.law = law;
        this.enforcement = new InspectionEnforcementSteps(law);
    }

    CasePlan plan(int index, String path, Dice dice, Enterprise enterprise, LocalDate openedOn, LocalDate today) {
        String trigger = TRIGGERS.pick(dice);
        List<String> scope = switch (trigger) {
            case "SI_VIOLATOR_LIST" -> List.of("SOCIAL_INSURANCE");
            case "ACCIDENT" -> List.of("OSH");
            case "REFERRAL" -> List.of("LABOR_LAW");
            default -> dice.chance(0.3) ? List.of("LABOR_LAW", "OSH", "SOCIAL_INSURANCE") : List.of("LABOR_LAW", "SOCIAL_INSURANCE");
        };
        var opening = body("trigger", trigger, "scope", scope,
                "enterprise", body("taxCode", enterprise.taxCode(), "name", enterprise.name(),
                        "province", enterprise.province(), "headcount", enterprise.headcount(),
                        "ownership", enterprise.ownership(), "sector", enterprise.sector()),
                "openedOn", openedOn, "grounds", trigger.equals("PLANNED") ? "Annual inspection plan" : "Ad hoc: " + trigger);
        Steps steps = new Steps(today);
        var calendar = law.calendar();
        LocalDate issued = openedOn.plusDays(dice.between(1, 5));
        steps.on(issued, "decision", "decisionNumber", "%d/QĐ-TTr".formatted(dice.between(10, 400)),
                "issuedOn", issued, "leadInspector", Staff.inspector(enterprise.province(), dice));
        LocalDate announced = issued.plusDays(dice.between(2, 5));
        steps.on(announced, "announcement", "announcedOn", announced);
        LocalDate started = announced.plusDays(dice.between(1, 3));
        steps.on(started, "fieldwork/start", "on", started);
        if (dice.chance(0.1)) {
            steps.on(started.plusDays(1), "extensions", "extendedOn", started.plusDays(1),
                    "workingDays", dice.between(5, 20), "reason", "Payroll kept at the head office");
        }
        boolean violations = path.startsWith("violations");
        List<Map<String, Object>> findings = violations ? Findings.draw(dice, scope, enterprise.headcount()) : List.of();
        LocalDate day = started.plusDays(1);
        for (Map<String, Object> finding : findings) {
            day = day.plusDays(dice.between(0, 4));
            finding.put("foundOn", day);
            steps.on(day, "findings", finding);
        }
        if (path.equals("in-fieldwork")) {
            return new CasePlan(index, CaseType.INSPECTION, path, enterprise, opening, steps.list());
        }
        LocalDate ended = day.plusDays(dice.between(2, 15));
        steps.on(ended, "fieldwork/end", "on", ended);
        LocalDate reported = ended.plusDays(dice.between(1, 5));
        steps.on(reported, "report", "on", reported, "summary", violations ? "Violations found" : "No violation found");
        if (path.equals("awaiting-draft-conclusion")) {
            return new CasePlan(index, CaseType.INSPECTION, path, enterprise, opening, steps.list());
        }
        // The draft within the 5 working days of Art 34, one in ten late.
        LocalDate drafted = calendar.plusWorkingDays(reported, dice.chance(0.9) ? dice.between(1, 4) : dice.between(7, 10));
        steps.on(drafted, "draft-conclusion", "on", drafted, "summary", "Draft conclusion");
        LocalDate appraised = drafted.plusDays(dice.between(1, 5));
        steps.on(appraised, "appraisal", "appraisedOn", appraised, "appraiser", "legal-dept-" + enterprise.province().code(),
                "opinion", "Agreed");
        LocalDate concluded = appraised.plusDays(dice.between(1, 7));
        steps.on(concluded, "conclusion", "conclusionNumber", "%d/KL-TTr".formatted(dice.between(10, 400)),
                "concludedOn", concluded, "summary", violations ? "Violations found; fines and remediation follow" : "No violation");
        LocalDate last = violations ? enforcement.add(path, steps, dice, findings, concluded) : concluded;
        if (path.equals("no-violation-concluded") || path.equals("violations-fine-settled")) {
            return new CasePlan(index, CaseType.INSPECTION, path, enterprise, opening, steps.list());
        }
        LocalDate closed = last.plusDays(dice.between(1, 10));
        steps.on(closed, "closure", "on", closed, "reason", "Inspection complete");
        if (path.equals("reopened")) {
            LocalDate reopened = closed.plusDays(dice.between(5, 30));
            steps.on(reopened, "reopening", "on", reopened, "reason", "New evidence from a worker's complaint");
        }
        return new CasePlan(index, CaseType.INSPECTION, path, enterprise, opening, steps.list());
    }
}
