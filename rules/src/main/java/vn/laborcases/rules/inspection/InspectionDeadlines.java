package vn.laborcases.rules.inspection;

import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.rules.Deadlines;
import vn.laborcases.rules.RuleBreach;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Optional;

/** The deadlines of an inspection, each from the event that starts it. */
public final class InspectionDeadlines {

    private InspectionDeadlines() {
    }

    /** The draft conclusion is assigned within N working days of the results report (Art 34). */
    public static LegalDeadline draftConclusion(LocalDate reportedOn, InspectionRules rules, WorkingDayCalendar calendar) {
        return new LegalDeadline(DeadlineKind.DRAFT_CONCLUSION,
                Deadlines.workingDaysAfter(calendar, reportedOn, rules.draftConclusionWorkingDays()),
                InspectionArticles.CONCLUSION_PROCEDURE);
    }

    /** Fieldwork ends within the cap, counted in working days from the announcement. */
    public static LegalDeadline durationCap(LocalDate announcedOn, InspectionRules rules, WorkingDayCalendar calendar) {
        return new LegalDeadline(DeadlineKind.INSPECTION_DURATION,
                Deadlines.workingDaysAfter(calendar, announcedOn, rules.durationCapWorkingDays()),
                rules.durationBasis());
    }

    /** The cap moved on by an extension of {@code workingDays} working days. */
    public static LegalDeadline extended(LegalDeadline cap, int workingDays, InspectionRules rules,
                                         WorkingDayCalendar calendar) {
        return new LegalDeadline(DeadlineKind.INSPECTION_DURATION,
                Deadlines.workingDaysAfter(calendar, cap.dueOn(), workingDays), rules.durationBasis());
    }

    /** Refuses an extension that is too long, one too many, or given without a reason. */
    public static Optional<RuleBreach> extensionBreach(int workingDays, String reason, int extensionsSoFar,
                                                       InspectionRules rules) {
        if (reason == null || reason.isBlank()) {
            return breach(rules, "An extension needs a reason; state why the inspection needs more time.");
        }
        if (extensionsSoFar >= rules.maxExtensions()) {
            return breach(rules, "The inspection has had %d extension(s), the most allowed; end the fieldwork."
                    .formatted(extensionsSoFar));
        }
        if (workingDays < 1 || workingDays > rules.extensionMaxWorkingDays()) {
            return breach(rules, "An extension is 1 to %d working days; %d was asked."
                    .formatted(rules.extensionMaxWorkingDays(), workingDays));
        }
        return Optional.empty();
    }

    private static Optional<RuleBreach> breach(InspectionRules rules, String message) {
        return Optional.of(new RuleBreach(rules.durationBasis(), message));
    }
}
