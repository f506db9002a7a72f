package vn.laborcases.rules.dispute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.laborcases.api.DocumentRef;
import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.api.dispute.Forum;
import vn.laborcases.api.dispute.TimeBarCheck;
import vn.laborcases.api.dispute.TimeBarOverride;
import vn.laborcases.api.dispute.TolledPeriod;
import vn.laborcases.rules.RuleBreach;
import vn.laborcases.rules.RuleSets;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Labor Code Art 190: 6, 9 or 12 months from discovery to ask a mediator, the arbitration
 * council or the court, plus the days lost to force majeure or an objective obstacle.
 */
class TimeBarTest {

    private static final DisputeRules RULES = RuleSets.vietnam().version("VN-2025.07").disputes();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.vietnam();
    /** Wed 15 Oct 2025; six months later is Wed 15 Apr 2026, a working day. */
    private static final LocalDate DISCOVERED = LocalDate.of(2025, 10, 15);
    private static final DocumentRef DISCHARGE = new DocumentRef("Hospital discharge paper",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    private static final TimeBarOverride JUSTIFIED = new TimeBarOverride("Held abroad until 1 Mar 2026",
            List.of(DISCHARGE));

    private static TimeBarCheck individual(Forum forum, LocalDate requestedOn, TolledPeriod... tolled) {
        return TimeBar.check(DisputeKind.INDIVIDUAL, forum, DISCOVERED, requestedOn, Arrays.asList(tolled), null,
                RULES, CALENDAR);
    }

    private static TolledPeriod tolled(String from, String to) {
        return new TolledPeriod(LocalDate.parse(from), LocalDate.parse(to), "In hospital", DISCHARGE);
    }

    @Test
    void aRequestOnTheLastDayIsAccepted() {
        TimeBarCheck check = individual(Forum.MEDIATION, LocalDate.of(2026, 4, 15));

        assertThat(check.barred()).isFalse();
        assertThat(check.limitOn()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(check.tolledDays()).isZero();
        assertThat(check.forum()).isEqualTo(Forum.MEDIATION);
        assertThat(check.legalBasis()).isEqualTo(DisputeArticles.TIME_BAR);
        assertThat(TimeBar.breach(check)).isEmpty();
    }

    @Test
    void aRequestOneDayAfterTheLimitIsRefused() {
        TimeBarCheck check = individual(Forum.MEDIATION, LocalDate.of(2026, 4, 16));

        assertThat(check.barred()).isTrue();
        assertThat(check.limitOn()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(TimeBar.breach(check)).isPresent();
    }

    @Test
    void eachForumHasItsOwnLimit() {
        // 15 Jul 2026 (Wed) and 15 Oct 2026 (Thu) are working days.
        assertThat(individual(Forum.ARBITRATION, LocalDate.of(2026, 7, 15)).limitOn()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(individual(Forum.ARBITRATION, LocalDate.of(2026, 7, 16)).barred()).isTrue();
        assertThat(individual(Forum.COURT, LocalDate.of(2026, 10, 15)).limitOn()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(individual(Forum.COURT, LocalDate.of(2026, 10, 16)).barred()).isTrue();
    }

    @Test
    void aLimitOnAWeekendExtendsToMonday() {
        // Discovered Sun 14 Sep 2025: six months later is Sat 14 Mar 2026, so the limit is Mon 16 Mar.
        LocalDate discovered = LocalDate.of(2025, 9, 14);
        TimeBarCheck monday = TimeBar.check(DisputeKind.INDIVIDUAL, Forum.MEDIATION, discovered,
                LocalDate.of(2026, 3, 16), List.of(), null, RULES, CALENDAR);
        TimeBarCheck tuesday = TimeBar.check(DisputeKind.INDIVIDUAL, Forum.MEDIATION, discovered,
                LocalDate.of(2026, 3, 17), List.of(), null, RULES, CALENDAR);

        assertThat(monday.limitOn()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(monday.barred()).isFalse();
        assertThat(tuesday.barred()).isTrue();
    }

    @Test
    void collectiveRightsDisputesAreTimeBarredToo() {
        TimeBarCheck check = TimeBar.check(DisputeKind.COLLECTIVE_RIGHTS, Forum.MEDIATION, DISCOVERED,
                LocalDate.of(2026, 4, 16), List.of(), null, RULES, CALENDAR);

        assertThat(check.barred()).isTrue();
    }

    @Test
    void tolledDaysExtendTheLimitSoALateFilingIsAccepted() {
        // 14 days in hospital (3-16 Nov 2025) move the start to 29 Oct: the limit is Wed 29 Apr 2026.
        TimeBarCheck check = individual(Forum.MEDIATION, LocalDate.of(2026, 4, 22), tolled("2025-11-03", "2025-11-16"));

        assertThat(check.tolledDays()).isEqualTo(14);
        assertThat(check.limitOn()).isEqualTo(LocalDate.of(2026, 4, 29));
        assertThat(check.barred()).isFalse();
        assertThat(individual(Forum.MEDIATION, LocalDate.of(2026, 4, 22)).barred()).as("without tolling").isTrue();
    }

    @Test
    void tollingTooShortLeavesTheFilingBarred() {
        // 3 tolled days: 18 Oct + 6 months = Sat 18 Apr 2026, so the limit is Mon 20 Apr.
        TimeBarCheck check = individual(Forum.MEDIATION, LocalDate.of(2026, 4, 22), tolled("2025-11-03", "2025-11-05"));

        assertThat(check.tolledDays()).isEqualTo(3);
        assertThat(check.limitOn()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(check.barred()).isTrue();
        assertThat(TimeBar.breach(check)).isPresent();
    }

    @Test
    void anObstacleArisingAfterTheLimitDoesNotReviveABarredRequest() {
        // The six months ended on 15 Apr 2026; days lost afterwards are not "in" the period (Art 190(4)).
        TimeBarCheck check = individual(Forum.MEDIATION, LocalDate.of(2026, 4, 22), tolled("2026-04-16", "2026-04-22"));

        assertThat(check.tolledDays()).isZero();
        assertThat(check.limitOn()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(check.barred()).isTrue();
    }

    @Test
    void anObstacleThatBeganBeforeTheLimitCountsInFullEvenPastIt() {
        // 10-25 Apr 2026 (16 days) began before the limit of 15 Apr and kept pushing it on:
        // 31 Oct 2025 + 6 months = Thu 30 Apr 2026, off like 1 May, so the limit is Mon 4 May.
        TimeBarCheck check = individual(Forum.MEDIATION, LocalDate.of(2026, 4, 28), tolled("2026-04-10", "2026-04-25"));

        assertThat(check.tolledDays()).isEqualTo(16);
        assertThat(check.limitOn()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(check.barred()).isFalse();
    }

    @Test
    void overlappingTolledPeriodsCountEachDayOnce() {
        // 3-16 Nov and 10-20 Nov cover 3-20 Nov: 18 days; 5-6 Nov lies inside and adds nothing.
        TimeBarCheck check = individual(Forum.MEDIATION, LocalDate.of(2026, 4, 22),
                tolled("2025-11-10", "2025-11-20"), tolled("2025-11-03", "2025-11-16"), tolled("2025-11-05", "2025-11-06"));

        assertThat(check.tolledDays()).isEqualTo(18);
        // 15 Oct 2025 + 18 days = 2 Nov; + 6 months = Sat 2 May 2026, so Mon 4 May.
        assertThat(check.limitOn()).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void adjacentAndSeparateTolledPeriodsAddUp() {
        List<TolledPeriod> periods = List.of(tolled("2025-11-01", "2025-11-05"), tolled("2025-11-06", "2025-11-10"),
                tolled("2025-12-01", "2025-12-01"));

        assertThat(TimeBar.tolledDays(periods, DISCOVERED, LocalDate.of(2026, 4, 22))).isEqualTo(11);
    }

    @Test
    void tolledPeriodsAreClippedToDiscoveryAndRequest() {
        LocalDate requested = LocalDate.of(2026, 4, 22);

        // Straddles discovery: the period runs from the day after it (Civil Code Art 147), so 16-20 Oct count.
        assertThat(TimeBar.tolledDays(List.of(tolled("2025-10-01", "2025-10-20")), DISCOVERED, requested)).isEqualTo(5);
        // Straddles the request: only 20-22 Apr count.
        assertThat(TimeBar.tolledDays(List.of(tolled("2026-04-20", "2026-05-10")), DISCOVERED, requested)).isEqualTo(3);
        // Wholly before discovery or after the request: nothing.
        assertThat(TimeBar.tolledDays(List.of(tolled("2025-09-01", "2025-10-14"), tolled("2026-04-23", "2026-05-10")),
                DISCOVERED, requested)).isZero();
        assertThat(TimeBar.tolledDays(null, DISCOVERED, requested)).isZero();
    }

    @Test
    void aJustifiedOverrideAcceptsABarredRequestAndIsRecorded() {
        TimeBarCheck check = TimeBar.check(DisputeKind.INDIVIDUAL, Forum.MEDIATION, DISCOVERED,
                LocalDate.of(2026, 4, 16), List.of(), JUSTIFIED, RULES, CALENDAR);

        assertThat(check.barred()).isTrue();
        assertThat(check.override()).isEqualTo(JUSTIFIED);
        assertThat(TimeBar.breach(check)).isEmpty();
    }

    @Test
    void anOverrideIsNotRecordedWhenNothingIsBarred() {
        TimeBarCheck check = TimeBar.check(DisputeKind.INDIVIDUAL, Forum.MEDIATION, DISCOVERED,
                LocalDate.of(2026, 4, 15), List.of(), JUSTIFIED, RULES, CALENDAR);

        assertThat(check.override()).isNull();
    }

    @Test
    void anOverrideWithoutReasonOrIdentifiedEvidenceDoesNotCount() {
        DocumentRef unhashed = new DocumentRef("Letter", null);
        DocumentRef blankHash = new DocumentRef("Letter", " ");
        List<TimeBarOverride> unjustified = List.of(
                new TimeBarOverride(null, List.of(DISCHARGE)),
                new TimeBarOverride("  ", List.of(DISCHARGE)),
                new TimeBarOverride("Held abroad", null),
                new TimeBarOverride("Held abroad", List.of()),
                new TimeBarOverride("Held abroad", List.of(unhashed)),
                new TimeBarOverride("Held abroad", List.of(DISCHARGE, blankHash)),
                new TimeBarOverride("Held abroad", Arrays.asList(DISCHARGE, null)));

        assertThat(TimeBar.isJustified(null)).isFalse();
        assertThat(unjustified).noneMatch(TimeBar::isJustified);
        assertThat(TimeBar.isJustified(JUSTIFIED)).isTrue();
        for (TimeBarOverride override : unjustified) {
            TimeBarCheck check = TimeBar.check(DisputeKind.INDIVIDUAL, Forum.MEDIATION, DISCOVERED,
                    LocalDate.of(2026, 4, 16), List.of(), override, RULES, CALENDAR);
            assertThat(TimeBar.breach(check)).as("%s", override).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Forum.class)
    void collectiveInterestDisputesHaveNoTimeBar(Forum forum) {
        TimeBarCheck check = TimeBar.check(DisputeKind.COLLECTIVE_INTERESTS, forum, LocalDate.of(2021, 3, 1),
                LocalDate.of(2026, 4, 22), List.of(tolled("2021-05-01", "2021-05-10")), JUSTIFIED, RULES, CALENDAR);

        assertThat(check.limitOn()).isNull();
        assertThat(check.barred()).isFalse();
        assertThat(check.tolledDays()).isZero();
        assertThat(check.override()).isNull();
        assertThat(check.legalBasis()).isEqualTo(DisputeArticles.TIME_BAR);
        assertThat(TimeBar.breach(check)).isEmpty();
    }

    @Test
    void theRefusalNamesTheLimitDateAndTheArticle() {
        // 3 tolled days: 18 Oct 2025 + 9 months = Sat 18 Jul 2026, so the limit is Mon 20 Jul.
        TimeBarCheck check = individual(Forum.ARBITRATION, LocalDate.of(2026, 7, 21), tolled("2025-11-03", "2025-11-05"));

        RuleBreach breach = TimeBar.breach(check).orElseThrow();

        assertThat(check.limitOn()).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(breach.article()).isEqualTo(DisputeArticles.TIME_BAR).contains("Art 190");
        assertThat(breach.message()).contains("2026-07-20", "2026-07-21", "arbitration", "3 tolled day(s)",
                "timeBarOverride");
    }
}
