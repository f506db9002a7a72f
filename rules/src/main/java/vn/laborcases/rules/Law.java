package vn.laborcases.rules;

import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/** The rule sets and the working-day calendar, handed together to whoever applies the law. */
public record Law(RuleSets ruleSets, WorkingDayCalendar calendar) {

    public static Law vietnam() {
        return new Law(RuleSets.vietnam(), WorkingDayCalendar.vietnam());
    }

    public RuleSet on(LocalDate date) {
        return ruleSets.effectiveOn(date);
    }
}
