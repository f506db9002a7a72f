package vn.laborcases.demo.plan;

import vn.laborcases.api.inspection.FineBand;
import vn.laborcases.api.inspection.Offender;
import vn.laborcases.api.inspection.ViolationCategory;
import vn.laborcases.rules.Law;
import vn.laborcases.rules.inspection.Fines;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What follows a conclusion with findings: a fine per finding that has a band (amount inside
 * the band of the rule set in force, as the server checks), its payment or settlement, and a
 * remediation per finding that is verified, waived, or left open.
 */
final class InspectionEnforcementSteps {

    private static final long ROUNDING = 100_000;

    private final Law law;

    InspectionEnforcementSteps(Law law) {
        this.law = law;
    }

    /** Adds the steps; returns the day of the last one. */
    LocalDate add(String path, Steps steps, Dice dice, List<Map<String, Object>> findings, LocalDate concluded) {
        LocalDate day = concluded;
        int sanctions = 0;
        for (int i = 0; i < findings.size(); i++) {
            Map<String, Object> finding = findings.get(i);
            Offender offender = dice.chance(0.85) ? Offender.ORGANISATION : Offender.INDIVIDUAL;
            day = day.plusDays(dice.between(0, 3));
            Optional<FineBand> band = Fines.band((ViolationCategory) finding.get("category"),
                    (Integer) finding.get("workersAffected"), (Long) finding.get("amountOwed"), offender,
                    law.on(day).inspections());
            if (band.isEmpty()) {
                continue;
            }
            long amount = amountIn(band.get(), dice);
            String sanction = "{sanction:" + sanctions++ + "}";
            steps.on(day, "sanctions", "findingId", "{finding:" + i + "}", "offender", offender, "amount", amount,
                    "decisionNumber", "%d/QĐ-XPHC".formatted(dice.between(10, 900)), "imposedOn", day);
            day = day.plusDays(dice.between(5, 30));
            if (path.equals("violations-fine-settled")) {
                // A settlement stays inside the band too: somewhere between its floor and the fine.
                long settled = band.get().min() + (amount - band.get().min()) * dice.between(20, 80) / 100;
                steps.on(day, "sanctions/" + sanction + "/amendments", "change", "SETTLEMENT", "newAmount", settled,
                        "amendedOn", day, "reason", "Settled after the enterprise's explanation");
                steps.on(day, "sanctions/" + sanction + "/payments", "amount", Math.max(1, settled / 2), "paidOn", day);
            } else if (dice.chance(0.8)) {
                steps.on(day, "sanctions/" + sanction + "/payments", "amount", amount, "paidOn", day);
            }
        }
        for (int i = 0; i < findings.size(); i++) {
            LocalDate ordered = concluded.plusDays(dice.between(0, 2));
            day = later(day, ordered);
            LocalDate due = ordered.plusDays(dice.between(30, 90));
            steps.on(day, "remediations", "findingId", "{finding:" + i + "}", "action", "Correct the violation and report",
                    "orderedOn", ordered, "dueOn", due);
        }
        for (int i = 0; i < findings.size(); i++) {
            String remediation = "remediations/{remediation:" + i + "}";
            switch (path) {
                case "violations-remediated" -> {
                    // Verified mostly before the remediation fell due, sometimes after it went overdue.
                    day = day.plusDays(dice.chance(0.8) ? dice.between(10, 30) : dice.between(95, 120));
                    steps.on(day, remediation + "/verification", "verifiedOn", day, "note", "Checked on site");
                }
                case "violations-remediation-waived" -> {
                    day = day.plusDays(dice.between(5, 20));
                    steps.on(day, remediation + "/waiver", "waivedOn", day, "reason", "The workshop closed down",
                            "approvedBy", "chief-inspector");
                }
                default -> {
                    // Left open: overdue once its day passes.
                }
            }
        }
        return day;
    }

    /** A round amount inside the band. */
    private static long amountIn(FineBand band, Dice dice) {
        long span = band.max() - band.min();
        long amount = band.min() + (long) (span * dice.unit());
        long rounded = (amount / ROUNDING) * ROUNDING;
        return rounded >= band.min() ? rounded : Math.min(band.max(), amount);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
