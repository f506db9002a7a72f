package vn.laborcases.rules.inspection;

import java.time.LocalDate;

/**
 * A finding repeats an earlier one when the same enterprise had a finding of the same category
 * within the rule set's window before it (the day itself included, so two inspections that find
 * the same thing on the same day make the later-recorded one a repeat).
 */
public final class RepeatViolations {

    private RepeatViolations() {
    }

    /** The first day an earlier finding still counts for one found on {@code foundOn}. */
    public static LocalDate windowStart(LocalDate foundOn, InspectionRules rules) {
        return foundOn.minusMonths(rules.repeatWindowMonths());
    }

    public static boolean isRepeat(LocalDate earlierFoundOn, LocalDate foundOn, InspectionRules rules) {
        return !earlierFoundOn.isBefore(windowStart(foundOn, rules)) && !earlierFoundOn.isAfter(foundOn);
    }
}
