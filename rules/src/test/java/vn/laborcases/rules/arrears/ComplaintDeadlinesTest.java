package vn.laborcases.rules.arrears;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.rules.RuleSets;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Decree 24/2018 periods: working days for acceptance, calendar days rolled past days off for the rest. */
class ComplaintDeadlinesTest {

    private static final ArrearsRules RULES = RuleSets.vietnam().version("VN-2026.01").arrears();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.vietnam();

    @Test
    void acceptanceIsSevenWorkingDaysAndTetDoesNotCount() {
        // Thu 12 Feb 2026: Fri 13 is day 1; Tết 16-20 Feb is off; Mon 23 - Fri 27 are days 2-6; Mon 2 Mar is day 7.
        LegalDeadline due = ComplaintDeadlines.acceptance(LocalDate.of(2026, 2, 12), RULES, CALENDAR);

        assertThat(due).isEqualTo(new LegalDeadline(DeadlineKind.COMPLAINT_ACCEPTANCE, LocalDate.of(2026, 3, 2),
                ArrearsArticles.COMPLAINT_ACCEPTANCE));
    }

    @Test
    void acceptanceInAnOrdinaryWeek() {
        assertThat(ComplaintDeadlines.acceptance(LocalDate.of(2026, 3, 2), RULES, CALENDAR).dueOn())
                .isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void firstDecisionIn30DaysRolledFromASundayToMonday() {
        // Fri 2 Oct 2026 + 30 days = Sun 1 Nov, so Mon 2 Nov.
        assertThat(ComplaintDeadlines.firstDecision(LocalDate.of(2026, 10, 2), false, false, RULES, CALENDAR))
                .isEqualTo(new LegalDeadline(DeadlineKind.FIRST_COMPLAINT_DECISION, LocalDate.of(2026, 11, 2),
                        ArrearsArticles.FIRST_DECISION_PERIOD));
    }

    @Test
    void firstDecisionRolledPastReunificationAndLabourDay() {
        // Tue 31 Mar 2026 + 30 days = Thu 30 Apr (holiday); 1 May holiday; weekend; Mon 4 May.
        assertThat(ComplaintDeadlines.firstDecision(LocalDate.of(2026, 3, 31), false, false, RULES, CALENDAR).dueOn())
                .isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void complexAndRemoteComplaintsGetLongerFirstDecisionPeriods() {
        LocalDate accepted = LocalDate.of(2026, 3, 2);

        assertThat(ComplaintDeadlines.firstDecision(accepted, true, false, RULES, CALENDAR).dueOn())
                .isEqualTo(LocalDate.of(2026, 4, 16));   // 45 days
        assertThat(ComplaintDeadlines.firstDecision(accepted, false, true, RULES, CALENDAR).dueOn())
                .isEqualTo(LocalDate.of(2026, 4, 16));   // 45 days
        assertThat(ComplaintDeadlines.firstDecision(accepted, true, true, RULES, CALENDAR).dueOn())
                .isEqualTo(LocalDate.of(2026, 5, 4));    // 60 days: Fri 1 May is a holiday, then the weekend
    }

    @Test
    void secondComplaintWithin30DaysAndSecondDecisionIn45Or60() {
        LocalDate decided = LocalDate.of(2026, 4, 2);

        assertThat(ComplaintDeadlines.secondComplaintFiling(decided, RULES, CALENDAR))
                .isEqualTo(new LegalDeadline(DeadlineKind.SECOND_COMPLAINT_FILING, LocalDate.of(2026, 5, 4),
                        ArrearsArticles.SECOND_COMPLAINT_FILING));  // Sat 2 May → Mon 4 May
        assertThat(ComplaintDeadlines.secondDecision(LocalDate.of(2026, 5, 4), false, false, RULES, CALENDAR).dueOn())
                .isEqualTo(LocalDate.of(2026, 6, 18));
        assertThat(ComplaintDeadlines.secondDecision(LocalDate.of(2026, 5, 4), false, true, RULES, CALENDAR).dueOn())
                .isEqualTo(LocalDate.of(2026, 7, 3));
    }
}
