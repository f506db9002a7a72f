package vn.laborcases.rules.inspection;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.rules.RuleSets;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The deadlines of an inspection, worked out by hand from holidays/2026.csv. */
class InspectionDeadlinesTest {

    private static final InspectionRules RULES = RuleSets.vietnam().version("VN-2025.07").inspections();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.vietnam();

    @Test
    void theDraftConclusionIsDueFiveWorkingDaysAfterTheReport() {
        // Mon 2 Mar 2026 -> Mon 9 Mar.
        assertThat(InspectionDeadlines.draftConclusion(LocalDate.of(2026, 3, 2), RULES, CALENDAR)).isEqualTo(
                new LegalDeadline(DeadlineKind.DRAFT_CONCLUSION, LocalDate.of(2026, 3, 9),
                        "Law on Inspection 84/2025/QH15 Art 34"));
    }

    @Test
    void aReportBeforeTheAprilHolidaysGetsItsDraftAfterThem() {
        // Wed 22 Apr 2026: 23, 24, (27 Apr off), 28, 29, (30 Apr, 1 May off, weekend), Mon 4 May.
        assertThat(InspectionDeadlines.draftConclusion(LocalDate.of(2026, 4, 22), RULES, CALENDAR).dueOn())
                .isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void aReportTheFridayBeforeTetGetsItsDraftTheFridayAfter() {
        // Fri 13 Feb 2026; 14-22 Feb off; 23-27 Feb are the five working days.
        assertThat(InspectionDeadlines.draftConclusion(LocalDate.of(2026, 2, 13), RULES, CALENDAR).dueOn())
                .isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void theDurationCapCountsWorkingDaysFromTheAnnouncementAndCitesItsCaveat() {
        // Mon 2 Mar 2026 + 45 working days, skipping 27 Apr, 30 Apr and 1 May: Thu 7 May.
        LegalDeadline cap = InspectionDeadlines.durationCap(LocalDate.of(2026, 3, 2), RULES, CALENDAR);

        assertThat(cap.kind()).isEqualTo(DeadlineKind.INSPECTION_DURATION);
        assertThat(cap.dueOn()).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(cap.legalBasis()).contains("84/2025").contains("(verify)");
    }

    @Test
    void anExtensionMovesTheCapOnByWorkingDays() {
        LegalDeadline cap = InspectionDeadlines.durationCap(LocalDate.of(2026, 3, 2), RULES, CALENDAR);
        // Thu 7 May + 10 working days: 8, 11-15, 18-21 May.
        assertThat(InspectionDeadlines.extended(cap, 10, RULES, CALENDAR).dueOn()).isEqualTo(LocalDate.of(2026, 5, 21));
    }

    @Test
    void anExtensionNeedsAReason_andStaysWithinTheRuleSet() {
        assertThat(InspectionDeadlines.extensionBreach(10, "Records kept at two sites", 0, RULES)).isEmpty();
        assertThat(InspectionDeadlines.extensionBreach(30, "Records kept at two sites", 0, RULES)).isEmpty();
        assertThat(InspectionDeadlines.extensionBreach(10, " ", 0, RULES))
                .hasValueSatisfying(b -> assertThat(b.message()).contains("reason"));
        assertThat(InspectionDeadlines.extensionBreach(31, "Big site", 0, RULES))
                .hasValueSatisfying(b -> assertThat(b.message()).contains("1 to 30"));
        assertThat(InspectionDeadlines.extensionBreach(0, "Big site", 0, RULES)).isPresent();
        assertThat(InspectionDeadlines.extensionBreach(5, "Again", 1, RULES))
                .hasValueSatisfying(b -> assertThat(b.article()).contains("(verify)"));
    }
}
