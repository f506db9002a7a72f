package vn.laborcases.demo.plan;

import vn.laborcases.api.inspection.ViolationCategory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static vn.laborcases.demo.plan.Steps.body;

/** What inspectors find, by the part of the law the inspection covers, with long-tailed amounts owed. */
final class Findings {

    private static final Map<String, List<ViolationCategory>> BY_SCOPE = Map.of(
            "LABOR_LAW", List.of(ViolationCategory.WAGES_LATE_OR_SHORT, ViolationCategory.BELOW_MINIMUM_WAGE,
                    ViolationCategory.OTHER),
            "SOCIAL_INSURANCE", List.of(ViolationCategory.SI_LATE_OR_WRONG_LEVEL, ViolationCategory.SI_NOT_PAID),
            "OSH", List.of(ViolationCategory.OSH));

    private static final Map<ViolationCategory, String> LEGAL_BASIS = Map.of(
            ViolationCategory.WAGES_LATE_OR_SHORT, "Labor Code 45/2019 Art 94",
            ViolationCategory.BELOW_MINIMUM_WAGE, "Labor Code 45/2019 Art 90; Decree 293/2025/ND-CP",
            ViolationCategory.SI_LATE_OR_WRONG_LEVEL, "SI Law 41/2024/QH15 Art 38",
            ViolationCategory.SI_NOT_PAID, "SI Law 41/2024/QH15 Art 39",
            ViolationCategory.OSH, "Law on OSH 84/2015/QH13 Art 16",
            ViolationCategory.OTHER, "Labor Code 45/2019 Art 118");

    private static final Map<ViolationCategory, String> DESCRIPTION = Map.of(
            ViolationCategory.WAGES_LATE_OR_SHORT, "Wages paid 20 to 40 days late",
            ViolationCategory.BELOW_MINIMUM_WAGE, "Probation wages below the regional minimum",
            ViolationCategory.SI_LATE_OR_WRONG_LEVEL, "Contributions declared on the base wage only",
            ViolationCategory.SI_NOT_PAID, "Seasonal workers never registered for SI",
            ViolationCategory.OSH, "No safety training records for the press line",
            ViolationCategory.OTHER, "Internal labor regulations not registered");

    private Findings() {
    }

    /** One to three findings of different categories within the scope. */
    static List<Map<String, Object>> draw(Dice dice, List<String> scope, int headcount) {
        List<ViolationCategory> candidates = new ArrayList<>();
        scope.forEach(part -> candidates.addAll(BY_SCOPE.get(part)));
        int count = Math.min(candidates.size(), dice.chance(0.6) ? 1 : dice.between(2, 3));
        List<Map<String, Object>> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ViolationCategory category = candidates.remove(dice.between(0, candidates.size() - 1));
            int workers = Math.max(1, (int) Math.round(headcount * dice.unit() * dice.unit()));
            findings.add(body("category", category, "legalBasis", LEGAL_BASIS.get(category),
                    "description", DESCRIPTION.get(category), "workersAffected", workers,
                    "amountOwed", amountOwed(dice, category, workers)));
        }
        return findings;
    }

    private static long amountOwed(Dice dice, ViolationCategory category, int workers) {
        long monthlyWage = dice.logNormal(7_000_000, 0.35);
        int months = dice.between(1, 4);
        return switch (category) {
            case WAGES_LATE_OR_SHORT -> monthlyWage * workers * months;
            case BELOW_MINIMUM_WAGE -> dice.logNormal(400_000, 0.5) * workers * months;
            case SI_LATE_OR_WRONG_LEVEL, SI_NOT_PAID -> Math.round(monthlyWage * 0.32) * workers * months;
            case OSH, OTHER -> 0L;
        };
    }
}
