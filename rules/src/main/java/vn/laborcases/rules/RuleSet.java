package vn.laborcases.rules;

import vn.laborcases.rules.arrears.ArrearsRules;
import vn.laborcases.rules.dispute.DisputeRules;
import vn.laborcases.rules.inspection.InspectionRules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The periods, thresholds and amounts the law sets, as in force from {@code effectiveFrom}.
 * Events record the {@code version} they were decided under, so a decision can always be
 * explained by the rules of its day.
 */
public record RuleSet(String version, LocalDate effectiveFrom, String description, DisputeRules disputes,
                      ArrearsRules arrears, InspectionRules inspections) {

    public RuleSet {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(disputes, "disputes of rule set " + version);
        Objects.requireNonNull(arrears, "arrears of rule set " + version);
        Objects.requireNonNull(inspections, "inspections of rule set " + version);
    }
}
