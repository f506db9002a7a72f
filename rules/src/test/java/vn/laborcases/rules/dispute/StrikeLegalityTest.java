package vn.laborcases.rules.dispute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.api.dispute.DisputeStatus;
import vn.laborcases.api.dispute.StrikeViolation;
import vn.laborcases.rules.RuleSets;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a strike is unlawful (Labor Code Arts 199-204, 209-210). The lawful strike below: a
 * garment union's interest dispute whose mediation failed; the employer told on Fri 6 Mar 2026,
 * opinions from Mon 9 Mar, 811 of 1240 in favour, notice on Tue 17 Mar, start on Tue 24 Mar
 * (the fifth working day after the notice).
 */
class StrikeLegalityTest {

    private static final DisputeRules RULES = RuleSets.vietnam().version("VN-2025.07").disputes();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.vietnam();

    private static StrikeFacts lawful() {
        return new StrikeFacts(DisputeKind.COLLECTIVE_INTERESTS, DisputeStatus.MEDIATION_FAILED, true,
                LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9), 1240, 811,
                LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 24),
                false, null, false);
    }

    private static List<String> articles(StrikeFacts facts) {
        return StrikeLegality.violations(facts, RULES, CALENDAR).stream().map(StrikeViolation::article).toList();
    }

    @Test
    void aStrikeThatFollowsTheProcedureBreaksNoRule() {
        assertThat(StrikeLegality.violations(lawful(), RULES, CALENDAR)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = DisputeStatus.class,
            names = {"MEDIATION_FAILED", "MEDIATION_LAPSED", "ARBITRATION_LAPSED", "ARBITRATION_NOT_COMPLIED"})
    void aStrikeMayFollowAFailedMediationOrArbitration(DisputeStatus status) {
        StrikeFacts f = lawful();
        assertThat(articles(new StrikeFacts(f.disputeKind(), status, true, f.employerNotifiedOn(), f.collectionStartsOn(),
                1240, 811, f.noticeSentOn(), f.plannedStartOn(), f.startedOn(), false, null, false))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = DisputeKind.class, names = {"INDIVIDUAL", "COLLECTIVE_RIGHTS"})
    void onlyAnInterestDisputeMayLeadToAStrike(DisputeKind kind) {
        StrikeFacts f = lawful();
        assertThat(articles(new StrikeFacts(kind, f.disputeStatus(), true, f.employerNotifiedOn(), f.collectionStartsOn(),
                1240, 811, f.noticeSentOn(), f.plannedStartOn(), f.startedOn(), false, null, false)))
                .containsExactly(DisputeArticles.RIGHT_TO_STRIKE);
    }

    @ParameterizedTest
    @EnumSource(value = DisputeStatus.class, names = {"AWAITING_MEDIATOR", "IN_MEDIATION", "SETTLED", "RESOLVED"})
    void noStrikeBeforeMediationHasFailedOrAfterASettlement(DisputeStatus status) {
        StrikeFacts f = lawful();
        assertThat(articles(new StrikeFacts(f.disputeKind(), status, true, f.employerNotifiedOn(), f.collectionStartsOn(),
                1240, 811, f.noticeSentOn(), f.plannedStartOn(), f.startedOn(), false, null, false)))
                .containsExactly(DisputeArticles.RIGHT_TO_STRIKE);
    }

    @ParameterizedTest
    @EnumSource(value = DisputeStatus.class, names = {"ARBITRATION_REQUESTED", "IN_ARBITRATION"})
    void noStrikeWhileTheArbitrationCouncilHandlesTheDispute(DisputeStatus status) {
        StrikeFacts f = lawful();
        assertThat(articles(new StrikeFacts(f.disputeKind(), status, true, f.employerNotifiedOn(), f.collectionStartsOn(),
                1240, 811, f.noticeSentOn(), f.plannedStartOn(), f.startedOn(), false, null, false)))
                .containsExactly(DisputeArticles.STRIKE_WHILE_HANDLED);
    }

    @Test
    void anOrganiserWithoutBargainingRightsBreaksArt198() {
        StrikeFacts f = lawful();
        assertThat(articles(new StrikeFacts(f.disputeKind(), f.disputeStatus(), false, f.employerNotifiedOn(),
                f.collectionStartsOn(), 1240, 811, f.noticeSentOn(), f.plannedStartOn(), f.startedOn(), false, null,
                false))).containsExactly(DisputeArticles.STRIKE_ORGANISER);
    }

    @Test
    void theEmployerToldOnTheDayOpinionsAreCollectedBreaksArt201() {
        StrikeFacts f = lawful();
        LocalDate day = LocalDate.of(2026, 3, 9);
        assertThat(articles(new StrikeFacts(f.disputeKind(), f.disputeStatus(), true, day, day, 1240, 811, f.noticeSentOn(),
                f.plannedStartOn(), f.startedOn(), false, null, false))).containsExactly(DisputeArticles.STRIKE_OPINION);
    }

    @Test
    void theEmployerToldTheDayBeforeIsEnough() {
        StrikeFacts f = lawful();
        assertThat(articles(new StrikeFacts(f.disputeKind(), f.disputeStatus(), true, LocalDate.of(2026, 3, 8),
                LocalDate.of(2026, 3, 9), 1240, 811, f.noticeSentOn(), f.plannedStartOn(), f.startedOn(), false, null,
                false))).isEmpty();
    }

    @Test
    void halfInFavourIsNotADecision() {
        StrikeFacts f = lawful();
        assertThat(articles(new StrikeFacts(f.disputeKind(), f.disputeStatus(), true, f.employerNotifiedOn(),
                f.collectionStartsOn(), 1240, 620, f.noticeSentOn(), f.plannedStartOn(), f.startedOn(), false, null,
                false))).containsExactly(DisputeArticles.STRIKE_DECISION);
    }

    @Test
    void aStartBeforeFiveWorkingDaysAfterTheNoticeBreaksArt202() {
        StrikeFacts f = lawful();
        LocalDate monday = LocalDate.of(2026, 3, 23);
        List<StrikeViolation> found = StrikeLegality.violations(new StrikeFacts(f.disputeKind(), f.disputeStatus(), true,
                f.employerNotifiedOn(), f.collectionStartsOn(), 1240, 811, f.noticeSentOn(), monday, monday, false,
                null, false), RULES, CALENDAR);

        assertThat(found).extracting(StrikeViolation::article).containsExactly(DisputeArticles.STRIKE_NOTICE);
        assertThat(found.get(0).rule()).contains("2026-03-24");
    }

    @Test
    void aPlannedStartIsCheckedBeforeTheStrikeBegins() {
        StrikeFacts f = lawful();
        assertThat(articles(new StrikeFacts(f.disputeKind(), f.disputeStatus(), true, f.employerNotifiedOn(),
                f.collectionStartsOn(), 1240, 811, f.noticeSentOn(), LocalDate.of(2026, 3, 23), null, false, null,
                false))).containsExactly(DisputeArticles.STRIKE_NOTICE);
    }

    @Test
    void aStrikeWithoutOpinionCollectionBreaksArt201() {
        StrikeFacts f = lawful();
        assertThat(articles(new StrikeFacts(f.disputeKind(), f.disputeStatus(), true, null, null, 1240, 811, f.noticeSentOn(),
                f.plannedStartOn(), f.startedOn(), false, null, false))).containsExactly(DisputeArticles.STRIKE_OPINION);
    }

    @Test
    void aStrikeWithoutADecisionBreaksArt202() {
        StrikeFacts f = lawful();
        assertThat(articles(new StrikeFacts(f.disputeKind(), f.disputeStatus(), true, f.employerNotifiedOn(),
                f.collectionStartsOn(), null, null, f.noticeSentOn(), f.plannedStartOn(), f.startedOn(), false, null,
                false))).containsExactly(DisputeArticles.STRIKE_DECISION);
    }

    @Test
    void aStrikeWithoutNoticeBreaksArt202() {
        StrikeFacts f = lawful();
        assertThat(articles(new StrikeFacts(f.disputeKind(), f.disputeStatus(), true, f.employerNotifiedOn(),
                f.collectionStartsOn(), 1240, 811, null, null, f.startedOn(), false, null, false)))
                .containsExactly(DisputeArticles.STRIKE_NOTICE);
    }

    @Test
    void aStrikeAtABannedWorkplaceBreaksArt209() {
        assertThat(articles(lawful().withStart(LocalDate.of(2026, 3, 24), true)))
                .containsExactly(DisputeArticles.STRIKE_BANNED_WORKPLACE);
    }

    @Test
    void aCancelledStrikeBreaksArt210() {
        StrikeFacts f = lawful();
        assertThat(articles(new StrikeFacts(f.disputeKind(), f.disputeStatus(), true, f.employerNotifiedOn(),
                f.collectionStartsOn(), 1240, 811, f.noticeSentOn(), f.plannedStartOn(), f.startedOn(), false, null,
                true))).containsExactly(DisputeArticles.STRIKE_POSTPONED);
    }

    @Test
    void aStrikeDuringItsPostponementBreaksArt210AndOneAfterItDoesNot() {
        StrikeFacts f = lawful();
        StrikeFacts during = new StrikeFacts(f.disputeKind(), f.disputeStatus(), true, f.employerNotifiedOn(),
                f.collectionStartsOn(), 1240, 811, f.noticeSentOn(), f.plannedStartOn(), f.startedOn(), false,
                LocalDate.of(2026, 3, 24), false);
        StrikeFacts after = new StrikeFacts(f.disputeKind(), f.disputeStatus(), true, f.employerNotifiedOn(),
                f.collectionStartsOn(), 1240, 811, f.noticeSentOn(), f.plannedStartOn(), f.startedOn(), false,
                LocalDate.of(2026, 3, 23), false);

        assertThat(articles(during)).containsExactly(DisputeArticles.STRIKE_POSTPONED);
        assertThat(articles(after)).isEmpty();
    }

    @Test
    void theChecksOfTheStartWaitUntilTheStrikeBegins() {
        StrikeFacts atOpinionCollection = new StrikeFacts(DisputeKind.COLLECTIVE_INTERESTS,
                DisputeStatus.MEDIATION_LAPSED, true, LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9),
                null, null, null, null, null, true, null, false);

        assertThat(articles(atOpinionCollection)).isEmpty();
    }

    @Test
    void everyBrokenRuleIsFlaggedTogether() {
        StrikeFacts wildcat = new StrikeFacts(DisputeKind.INDIVIDUAL, DisputeStatus.IN_MEDIATION, false,
                null, null, null, null, null, null, LocalDate.of(2026, 3, 24), true, null, true);

        assertThat(articles(wildcat)).containsExactly(DisputeArticles.RIGHT_TO_STRIKE,
                DisputeArticles.STRIKE_ORGANISER, DisputeArticles.STRIKE_OPINION, DisputeArticles.STRIKE_DECISION,
                DisputeArticles.STRIKE_NOTICE, DisputeArticles.STRIKE_BANNED_WORKPLACE, DisputeArticles.STRIKE_POSTPONED);
    }

    @ParameterizedTest(name = "{1} of {0} in favour: adopted {2}")
    @CsvSource({
            "100, 50, false",
            "100, 51, true",
            "1240, 620, false",
            "1240, 621, true",
            "3, 2, true",
            "2, 1, false",
            "1, 1, true",
            "0, 0, false",
    })
    void aDecisionNeedsMoreThanHalf(int consulted, int inFavour, boolean adopted) {
        assertThat(StrikeLegality.adopted(consulted, inFavour, RULES)).isEqualTo(adopted);
    }

    @Test
    void theEarliestStartSkipsTheWeekend() {
        // Notice Wed 18 Mar 2026: 19, 20, 23, 24, 25 Mar.
        assertThat(StrikeLegality.earliestLawfulStart(LocalDate.of(2026, 3, 18), RULES, CALENDAR))
                .isEqualTo(LocalDate.of(2026, 3, 25));
        // Notice Fri 20 Mar: the five working days of the next week.
        assertThat(StrikeLegality.earliestLawfulStart(LocalDate.of(2026, 3, 20), RULES, CALENDAR))
                .isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void theEarliestStartSkipsTet() {
        // Notice Thu 12 Feb 2026: Fri 13 Feb counts, 14-22 Feb are Tết and weekends, then 23-26 Feb.
        LocalDate notice = LocalDate.of(2026, 2, 12);
        assertThat(StrikeLegality.earliestLawfulStart(notice, RULES, CALENDAR)).isEqualTo(LocalDate.of(2026, 2, 26));

        StrikeFacts f = lawful();
        StrikeFacts early = new StrikeFacts(f.disputeKind(), f.disputeStatus(), true, LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 2, 4), 1240, 811, notice, LocalDate.of(2026, 2, 25), null, false, null, false);
        StrikeFacts onTime = early.withNotice(notice, LocalDate.of(2026, 2, 26));
        assertThat(articles(early)).containsExactly(DisputeArticles.STRIKE_NOTICE);
        assertThat(articles(onTime)).isEmpty();
    }

    @Test
    void aSpontaneousStoppageIsFlaggedForOrganiserAndProcedure() {
        assertThat(StrikeLegality.spontaneousStoppage()).extracting(StrikeViolation::article)
                .containsExactly(DisputeArticles.STRIKE_ORGANISER, DisputeArticles.STRIKE_OPINION);
        assertThat(StrikeLegality.spontaneousStoppage()).allSatisfy(v -> assertThat(v.rule()).isNotBlank());
    }
}
