package vn.laborcases.rules.dispute;

import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.api.dispute.DisputeStatus;
import vn.laborcases.api.dispute.StrikeViolation;
import vn.laborcases.rules.Deadlines;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When a strike is unlawful (Labor Code Art 204). Strikes that break a rule are recorded and
 * flagged with every article they break, never refused: most real stoppages follow no
 * procedure, and the file must still show them.
 */
public final class StrikeLegality {

    /** Art 199: mediation failed or lapsed, or arbitration failed (no panel, no decision, or ignored). */
    private static final Set<DisputeStatus> STRIKE_OPEN = EnumSet.of(
            DisputeStatus.MEDIATION_FAILED, DisputeStatus.MEDIATION_LAPSED,
            DisputeStatus.ARBITRATION_LAPSED, DisputeStatus.ARBITRATION_NOT_COMPLIED);

    /** Art 204(4): the dispute is still being handled by an arbitration council. */
    private static final Set<DisputeStatus> BEING_HANDLED = EnumSet.of(
            DisputeStatus.ARBITRATION_REQUESTED, DisputeStatus.IN_ARBITRATION);

    private StrikeLegality() {
    }

    /**
     * The first day a strike may begin after a notice sent on {@code noticeSentOn}: the notice
     * must precede the start by at least N working days.
     */
    public static LocalDate earliestLawfulStart(LocalDate noticeSentOn, DisputeRules rules, WorkingDayCalendar calendar) {
        return Deadlines.workingDaysAfter(calendar, noticeSentOn, rules.strikeNoticeWorkingDays());
    }

    /** A decision is adopted with strictly more than the threshold share of those consulted. */
    public static boolean adopted(int consulted, int inFavour, DisputeRules rules) {
        return consulted > 0 && (long) inFavour * 100 > (long) consulted * rules.strikeApprovalPercent();
    }

    /** Every rule the facts known so far break. */
    public static List<StrikeViolation> violations(StrikeFacts facts, DisputeRules rules, WorkingDayCalendar calendar) {
        List<StrikeViolation> found = new ArrayList<>();
        if (facts.disputeKind() != DisputeKind.COLLECTIVE_INTERESTS) {
            found.add(new StrikeViolation(DisputeArticles.RIGHT_TO_STRIKE,
                    "A strike may only follow a collective dispute about interests"));
        } else if (!STRIKE_OPEN.contains(facts.disputeStatus()) && !BEING_HANDLED.contains(facts.disputeStatus())) {
            found.add(new StrikeViolation(DisputeArticles.RIGHT_TO_STRIKE,
                    "A strike may only follow a failed or lapsed mediation, or a failed arbitration; the dispute is "
                            + facts.disputeStatus()));
        }
        if (BEING_HANDLED.contains(facts.disputeStatus())) {
            found.add(new StrikeViolation(DisputeArticles.STRIKE_WHILE_HANDLED,
                    "No strike while the Labor Arbitration Council is handling the dispute"));
        }
        if (Boolean.FALSE.equals(facts.organiserHasBargainingRights())) {
            found.add(new StrikeViolation(DisputeArticles.STRIKE_ORGANISER,
                    "The organiser must be a workers' representative organisation with bargaining rights"));
        }
        if (facts.employerNotifiedOn() != null && facts.collectionStartsOn() != null
                && ChronoUnit.DAYS.between(facts.employerNotifiedOn(), facts.collectionStartsOn())
                < rules.strikeEmployerNoticeDays()) {
            found.add(new StrikeViolation(DisputeArticles.STRIKE_OPINION,
                    "The employer must be told at least %d day(s) before opinions are collected"
                            .formatted(rules.strikeEmployerNoticeDays())));
        }
        if (facts.consulted() != null && !adopted(facts.consulted(), facts.inFavour(), rules)) {
            found.add(new StrikeViolation(DisputeArticles.STRIKE_DECISION,
                    "Only %d of %d consulted agreed; more than %d%% must agree"
                            .formatted(facts.inFavour(), facts.consulted(), rules.strikeApprovalPercent())));
        }
        LocalDate start = facts.startedOn() != null ? facts.startedOn() : facts.plannedStartOn();
        if (facts.noticeSentOn() != null && start != null
                && start.isBefore(earliestLawfulStart(facts.noticeSentOn(), rules, calendar))) {
            found.add(new StrikeViolation(DisputeArticles.STRIKE_NOTICE,
                    "The notice must go out at least %d working days before the strike; it may begin on %s at the earliest"
                            .formatted(rules.strikeNoticeWorkingDays(),
                                    earliestLawfulStart(facts.noticeSentOn(), rules, calendar))));
        }
        if (facts.startedOn() != null) {
            found.addAll(violationsAtStart(facts));
        }
        return List.copyOf(found);
    }

    private static List<StrikeViolation> violationsAtStart(StrikeFacts facts) {
        List<StrikeViolation> found = new ArrayList<>();
        if (facts.collectionStartsOn() == null) {
            found.add(new StrikeViolation(DisputeArticles.STRIKE_OPINION, "No opinion collection was held"));
        }
        if (facts.consulted() == null) {
            found.add(new StrikeViolation(DisputeArticles.STRIKE_DECISION, "No strike decision was taken"));
        }
        if (facts.noticeSentOn() == null) {
            found.add(new StrikeViolation(DisputeArticles.STRIKE_NOTICE,
                    "No notice was sent to the employer and the local authorities"));
        }
        if (facts.workplaceOnBannedList()) {
            found.add(new StrikeViolation(DisputeArticles.STRIKE_BANNED_WORKPLACE,
                    "The workplace is on the list where strikes are not allowed"));
        }
        if (facts.cancelled()) {
            found.add(new StrikeViolation(DisputeArticles.STRIKE_POSTPONED,
                    "The strike was cancelled by the provincial People's Committee chair"));
        } else if (facts.postponedUntil() != null && !facts.startedOn().isAfter(facts.postponedUntil())) {
            found.add(new StrikeViolation(DisputeArticles.STRIKE_POSTPONED,
                    "The strike was postponed until " + facts.postponedUntil()));
        }
        return found;
    }

    /** A collective stoppage that followed none of the procedure (Art 204(1)-(3)). */
    public static List<StrikeViolation> spontaneousStoppage() {
        return List.of(
                new StrikeViolation(DisputeArticles.STRIKE_ORGANISER,
                        "Not organised by a workers' representative organisation with bargaining rights"),
                new StrikeViolation(DisputeArticles.STRIKE_OPINION,
                        "No opinion collection, decision or notice under Arts 201-202"));
    }
}
