package vn.laborcases.command.dispute;

import vn.laborcases.api.dispute.*;
import vn.laborcases.command.CaseRuleViolationException;
import vn.laborcases.rules.Law;
import vn.laborcases.rules.RuleSet;
import vn.laborcases.rules.dispute.DisputeArticles;
import vn.laborcases.rules.dispute.StrikeFacts;
import vn.laborcases.rules.dispute.StrikeLegality;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The strike decisions of a dispute case (Labor Code Arts 198-211). A step out of sequence is
 * refused; a step that breaks the law is recorded with the violations {@link StrikeLegality}
 * finds, because the file must show unlawful strikes too.
 */
final class DisputeStrikes {

    private DisputeStrikes() {
    }

    static StrikeOpinionCollectionStartedEvent opinionCollection(DisputeCase dispute,
                                                                  StartStrikeOpinionCollectionCommand command, Law law) {
        StrikeProgress current = dispute.strike();
        if (current != null && !current.isOver()) {
            throw new CaseRuleViolationException(DisputeArticles.STRIKE_OPINION,
                    "A strike procedure is already under way (" + current.stage + "); end or cancel it first.");
        }
        RuleSet rules = law.on(command.collectionStartsOn());
        var facts = new StrikeFacts(dispute.kind(), dispute.status(), command.organiserHasBargainingRights(),
                command.employerNotifiedOn(), command.collectionStartsOn(), null, null, null, null, null,
                false, null, false);
        return new StrikeOpinionCollectionStartedEvent(dispute.id(), command.organiser(),
                command.organiserHasBargainingRights(), command.method(), command.employerNotifiedOn(),
                command.collectionStartsOn(), StrikeLegality.violations(facts, rules.disputes(), law.calendar()),
                rules.version());
    }

    static StrikeDecisionRecordedEvent decision(DisputeCase dispute, RecordStrikeDecisionCommand command, Law law) {
        StrikeProgress strike = requireStage(dispute, DisputeArticles.STRIKE_DECISION, "record a strike decision", StrikeStage.OPINION_COLLECTION);
        if (command.inFavour() > command.consulted()) {
            throw new CaseRuleViolationException(DisputeArticles.STRIKE_DECISION,
                    "More people in favour (%d) than were consulted (%d)".formatted(command.inFavour(),
                            command.consulted()));
        }
        RuleSet rules = law.on(command.decidedOn());
        List<StrikeViolation> found = violations(dispute, strike, law, command.decidedOn(),
                f -> f.withDecision(command.consulted(), command.inFavour()));
        return new StrikeDecisionRecordedEvent(dispute.id(), command.decidedOn(), command.consulted(),
                command.inFavour(), StrikeLegality.adopted(command.consulted(), command.inFavour(), rules.disputes()),
                found, rules.version());
    }

    static StrikeNoticeRecordedEvent notice(DisputeCase dispute, RecordStrikeNoticeCommand command, Law law) {
        StrikeProgress strike = requireStage(dispute, DisputeArticles.STRIKE_NOTICE, "record a strike notice", StrikeStage.DECIDED);
        RuleSet rules = law.on(command.noticeSentOn());
        List<StrikeViolation> found = violations(dispute, strike, law, command.noticeSentOn(),
                f -> f.withNotice(command.noticeSentOn(), command.plannedStartOn()));
        return new StrikeNoticeRecordedEvent(dispute.id(), command.noticeSentOn(), command.plannedStartOn(),
                StrikeLegality.earliestLawfulStart(command.noticeSentOn(), rules.disputes(), law.calendar()),
                found, rules.version());
    }

    static StrikeStartedEvent started(DisputeCase dispute, RecordStrikeStartedCommand command, Law law) {
        StrikeProgress strike = StrikeProgress.forStart(dispute.strike());
        if (strike.stage == StrikeStage.UNDER_WAY) {
            throw new CaseRuleViolationException(null, "The strike is already under way since " + strike.startedOn);
        }
        RuleSet rules = law.on(command.startedOn());
        List<StrikeViolation> found = violations(dispute, strike, law, command.startedOn(),
                f -> f.withStart(command.startedOn(), command.workplaceOnBannedList()));
        return new StrikeStartedEvent(dispute.id(), command.startedOn(), command.workersInvolved(), found.isEmpty(),
                found, rules.version());
    }

    static StrikeEndedEvent ended(DisputeCase dispute, RecordStrikeEndedCommand command) {
        StrikeProgress strike = dispute.strike();
        // A strike under way that is then postponed still ends when the workers go back.
        if (strike == null || strike.startedOn == null
                || strike.stage != StrikeStage.UNDER_WAY && strike.stage != StrikeStage.POSTPONED) {
            requireStage(dispute, null, "record the end of a strike", StrikeStage.UNDER_WAY);
        }
        if (command.endedOn().isBefore(strike.startedOn)) {
            throw new CaseRuleViolationException(null,
                    "A strike cannot end (%s) before it started (%s)".formatted(command.endedOn(), strike.startedOn));
        }
        return new StrikeEndedEvent(dispute.id(), command.endedOn());
    }

    static StrikePostponedEvent postponement(DisputeCase dispute, RecordStrikePostponementCommand command) {
        StrikeProgress strike = dispute.strike();
        if (strike == null || strike.isOver()) {
            throw new CaseRuleViolationException(DisputeArticles.STRIKE_POSTPONED,
                    "There is no strike to postpone or cancel on this dispute.");
        }
        if (!command.cancelled() && (command.postponedUntil() == null
                || !command.postponedUntil().isAfter(command.decidedOn()))) {
            throw new CaseRuleViolationException(DisputeArticles.STRIKE_POSTPONED,
                    "A postponement needs a postponedUntil date after the decision date; set cancelled for a cancellation.");
        }
        return new StrikePostponedEvent(dispute.id(), command.decidedOn(),
                command.cancelled() ? null : command.postponedUntil(), command.cancelled(), command.decidedBy());
    }

    static StrikeCourtRulingRecordedEvent courtRuling(DisputeCase dispute, RecordStrikeCourtRulingCommand command) {
        if (dispute.strike() == null) {
            throw new CaseRuleViolationException(null, "There is no strike on this dispute for a court to rule on.");
        }
        return new StrikeCourtRulingRecordedEvent(dispute.id(), command.ruledOn(), command.lawful(), command.court(),
                command.ruling());
    }

    private static StrikeProgress requireStage(DisputeCase dispute, String article, String step, StrikeStage stage) {
        StrikeProgress strike = dispute.strike();
        if (strike == null || strike.stage != stage) {
            throw new CaseRuleViolationException(article,
                    "Cannot %s: the strike procedure is at %s, and this step follows %s."
                            .formatted(step, strike == null ? "no step yet" : strike.stage, stage));
        }
        return strike;
    }

    private static List<StrikeViolation> violations(DisputeCase dispute, StrikeProgress strike, Law law,
                                                    LocalDate on, UnaryOperator<StrikeFacts> withStep) {
        StrikeFacts facts = withStep.apply(strike.facts(dispute.kind(), dispute.status()));
        return StrikeLegality.violations(facts, law.on(on).disputes(), law.calendar());
    }
}
