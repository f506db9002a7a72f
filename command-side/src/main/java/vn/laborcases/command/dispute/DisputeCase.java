package vn.laborcases.command.dispute;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.dispute.*;
import vn.laborcases.command.CaseRuleViolationException;
import vn.laborcases.command.casenumber.CaseNumbers;
import vn.laborcases.rules.Deadlines;
import vn.laborcases.rules.Law;
import vn.laborcases.rules.RuleSet;
import vn.laborcases.rules.dispute.DisputeArticles;
import vn.laborcases.rules.dispute.DisputeDeadlines;
import vn.laborcases.rules.dispute.Forums;
import vn.laborcases.rules.dispute.TimeBar;

import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A labor dispute from filing to mediation, arbitration or court (Labor Code Arts 187-197).
 * The strike procedure of interest disputes lives in {@link DisputeStrikes}. Decisions are
 * made here with the pure rules of {@code vn.laborcases.rules.dispute}; the state they read
 * changes only in the event-sourcing handlers of {@link DisputeCaseFile}.
 */
@Aggregate(snapshotTriggerDefinition = "caseSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class DisputeCase extends DisputeCaseFile {

    /** The one deadline name: the payload says which statutory deadline it is. */
    static final String STATUTORY_DEADLINE = "statutory-deadline";

    /** Arbitration follows a failed or lapsed mediation, or an Art 188(1) exemption. */
    private static final Set<DisputeStatus> ARBITRATION_OPEN = EnumSet.of(
            DisputeStatus.MEDIATION_FAILED, DisputeStatus.MEDIATION_LAPSED, DisputeStatus.MEDIATION_EXEMPT);
    private static final Set<DisputeStatus> COURT_OPEN = EnumSet.of(
            DisputeStatus.MEDIATION_FAILED, DisputeStatus.MEDIATION_LAPSED, DisputeStatus.MEDIATION_EXEMPT,
            DisputeStatus.ARBITRATION_LAPSED, DisputeStatus.ARBITRATION_NOT_COMPLIED);
    private static final Set<DisputeStatus> ENDED = EnumSet.of(
            DisputeStatus.SETTLED, DisputeStatus.RESOLVED, DisputeStatus.JUDGED, DisputeStatus.WITHDRAWN);

    protected DisputeCase() {
        // Axon creates the aggregate for its creation command, and rebuilds it from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public DisputeState handle(FileDisputeCommand command, Law law, CaseNumbers caseNumbers,
                               DeadlineManager deadlines) {
        Forums.firstForumBreach(command.kind(), command.exemption(), command.forum()).ifPresent(breach -> {
            throw new CaseRuleViolationException(breach);
        });
        RuleSet rules = law.on(command.receivedOn());
        TimeBarCheck timeBar = TimeBar.check(command.kind(), command.forum(), command.discoveredOn(),
                command.receivedOn(), command.tolledPeriods(), command.timeBarOverride(), rules.disputes(),
                law.calendar());
        TimeBar.breach(timeBar).ifPresent(breach -> {
            throw new CaseRuleViolationException(breach);
        });
        List<LegalDeadline> running = command.forum() == Forum.MEDIATION
                ? List.of(DisputeDeadlines.mediatorAssignment(command.receivedOn(), rules.disputes(), law.calendar()),
                DisputeDeadlines.mediation(command.receivedOn(), rules.disputes(), law.calendar()))
                : List.of();
        CaseNumber number = caseNumbers.next(CaseType.LABOR_DISPUTE, command.province(),
                Year.from(command.receivedOn()));
        apply(new DisputeFiledEvent(command.disputeId(), number, command.kind(), command.province(),
                command.employerTaxCode(), command.employerName(), command.requestedBy(), command.summary(),
                command.workersInvolved(), command.exemption(), command.forum(), command.discoveredOn(),
                command.receivedOn(), listOrEmpty(command.tolledPeriods()), timeBar, running, rules.version()));
        running.forEach(deadline -> schedule(deadlines, deadline));
        return state();
    }

    @CommandHandler
    public DisputeState handle(AssignMediatorCommand command) {
        requireOpen();
        requireStatus(DisputeArticles.MEDIATOR_ASSIGNMENT, "assign a mediator",
                EnumSet.of(DisputeStatus.AWAITING_MEDIATOR, DisputeStatus.IN_MEDIATION));
        // Only the first assignment can be late; a replacement mediator is not measured against Art 95.
        boolean late = mediatorId == null && mediatorAssignmentDueOn != null
                && command.assignedOn().isAfter(mediatorAssignmentDueOn);
        apply(new MediatorAssignedEvent(id, command.mediatorId(), command.assignedOn(), late));
        return state();
    }

    @CommandHandler
    public DisputeState handle(RecordPartyAbsenceCommand command, Law law, DeadlineManager deadlines) {
        requireMediationUnderWay("record an absence");
        int absencesOfParty = absences.getOrDefault(command.party(), 0) + 1;
        apply(new PartyAbsenceRecordedEvent(id, command.party(), command.sessionOn(), absencesOfParty));
        RuleSet rules = law.on(command.sessionOn());
        if (absencesOfParty >= rules.disputes().mediationAbsencesToFail()) {
            LegalDeadline records = DisputeDeadlines.recordsDelivery(command.sessionOn(), rules.disputes(),
                    law.calendar());
            apply(new MediationFailedEvent(id, command.sessionOn(), MediationFailureReason.PARTY_ABSENT_TWICE,
                    "The %s was validly summoned and absent %d times".formatted(
                            command.party().name().toLowerCase().replace('_', ' '), absencesOfParty),
                    records, rules.version()));
            schedule(deadlines, records);
        }
        return state();
    }

    @CommandHandler
    public DisputeState handle(RecordMediationSettlementCommand command, Law law, DeadlineManager deadlines) {
        requireMediationUnderWay("record a settlement");
        RuleSet rules = law.on(command.settledOn());
        LegalDeadline records = DisputeDeadlines.recordsDelivery(command.settledOn(), rules.disputes(), law.calendar());
        apply(new MediationSettledEvent(id, command.settledOn(), command.terms(), records, rules.version()));
        schedule(deadlines, records);
        return state();
    }

    @CommandHandler
    public DisputeState handle(RecordMediationFailureCommand command, Law law, DeadlineManager deadlines) {
        requireMediationUnderWay("record a failed mediation");
        RuleSet rules = law.on(command.failedOn());
        LegalDeadline records = DisputeDeadlines.recordsDelivery(command.failedOn(), rules.disputes(), law.calendar());
        apply(new MediationFailedEvent(id, command.failedOn(), MediationFailureReason.NO_AGREEMENT,
                command.grounds(), records, rules.version()));
        schedule(deadlines, records);
        return state();
    }

    @CommandHandler
    public DisputeState handle(RecordMediationRecordsDeliveredCommand command) {
        requireOpen();
        if (recordsDeliveredOn != null) {
            throw new CaseRuleViolationException(DisputeArticles.MEDIATION_RECORDS,
                    "The mediation records were already delivered on " + recordsDeliveredOn + ".");
        }
        LegalDeadline due = openDeadlines.get(DeadlineKind.MEDIATION_RECORDS_DELIVERY);
        if (due == null && status != DisputeStatus.SETTLED && status != DisputeStatus.MEDIATION_FAILED) {
            throw new CaseRuleViolationException(DisputeArticles.MEDIATION_RECORDS,
                    "Mediation records are delivered after a settlement or a failed mediation; the dispute is " + status);
        }
        boolean late = due == null || command.deliveredOn().isAfter(due.dueOn());
        apply(new MediationRecordsDeliveredEvent(id, command.deliveredOn(), late));
        return state();
    }

    @CommandHandler
    public DisputeState handle(RequestArbitrationCommand command, Law law, DeadlineManager deadlines) {
        requireOpen();
        requireStatus(DisputeArticles.ARBITRATION_CONSENT, "request arbitration",
                ARBITRATION_OPEN);
        if (!command.workerSideConsents() || !command.employerSideConsents()) {
            throw new CaseRuleViolationException(DisputeArticles.ARBITRATION_CONSENT,
                    "Arbitration needs the consent of both parties; record it once the "
                            + (command.workerSideConsents() ? "employer side" : "worker side") + " agrees.");
        }
        RuleSet rules = law.on(command.requestedOn());
        TimeBarCheck timeBar = timeBar(Forum.ARBITRATION, command.requestedOn(), rules, law);
        LegalDeadline panel = DisputeDeadlines.panelFormation(command.requestedOn(), rules.disputes(), law.calendar());
        apply(new ArbitrationRequestedEvent(id, command.requestedOn(), timeBar, panel, rules.version()));
        schedule(deadlines, panel);
        return state();
    }

    @CommandHandler
    public DisputeState handle(FormArbitrationPanelCommand command, Law law, DeadlineManager deadlines) {
        requireOpen();
        requireStatus(DisputeArticles.ARBITRATION_PERIODS, "form an arbitration panel",
                EnumSet.of(DisputeStatus.ARBITRATION_REQUESTED));
        RuleSet rules = law.on(command.formedOn());
        LegalDeadline formation = openDeadlines.get(DeadlineKind.ARBITRATION_PANEL_FORMATION);
        boolean late = formation != null && command.formedOn().isAfter(formation.dueOn());
        LegalDeadline decision = DisputeDeadlines.arbitrationDecision(command.formedOn(), rules.disputes(), law.calendar());
        apply(new ArbitrationPanelFormedEvent(id, command.formedOn(), listOrEmpty(command.arbitrators()), late,
                decision, rules.version()));
        schedule(deadlines, decision);
        return state();
    }

    @CommandHandler
    public DisputeState handle(IssueArbitrationDecisionCommand command) {
        requireOpen();
        requireStatus(DisputeArticles.ARBITRATION_PERIODS, "record an arbitration decision",
                EnumSet.of(DisputeStatus.IN_ARBITRATION));
        LegalDeadline due = openDeadlines.get(DeadlineKind.ARBITRATION_DECISION);
        boolean late = due != null && command.decidedOn().isAfter(due.dueOn());
        apply(new ArbitrationDecisionIssuedEvent(id, command.decidedOn(), command.decision(), late));
        return state();
    }

    @CommandHandler
    public DisputeState handle(RecordArbitrationComplianceCommand command) {
        requireOpen();
        requireStatus(DisputeArticles.ARBITRATION_PERIODS, "record compliance with the arbitration decision",
                EnumSet.of(DisputeStatus.ARBITRATION_DECIDED));
        apply(new ArbitrationComplianceRecordedEvent(id, command.recordedOn(), command.complied(), command.note()));
        return state();
    }

    @CommandHandler
    public DisputeState handle(ReferToCourtCommand command, Law law) {
        requireOpen();
        if (kind == DisputeKind.COLLECTIVE_INTERESTS) {
            Forums.courtRefusedForInterests().ifPresent(breach -> {
                throw new CaseRuleViolationException(breach);
            });
        }
        if (status == DisputeStatus.ARBITRATION_REQUESTED || status == DisputeStatus.IN_ARBITRATION) {
            throw new CaseRuleViolationException(DisputeArticles.NO_COURT_DURING_ARBITRATION,
                    "No court filing while the arbitration council handles the dispute; wait for its decision"
                            + " or for its deadline to lapse.");
        }
        requireStatus(DisputeArticles.COURT, "refer the dispute to court", COURT_OPEN);
        RuleSet rules = law.on(command.referredOn());
        TimeBarCheck timeBar = timeBar(Forum.COURT, command.referredOn(), rules, law);
        apply(new DisputeReferredToCourtEvent(id, command.referredOn(), command.court(), timeBar, rules.version()));
        return state();
    }

    @CommandHandler
    public DisputeState handle(RecordCourtJudgmentCommand command) {
        requireOpen();
        requireStatus(DisputeArticles.COURT, "record a judgment", EnumSet.of(DisputeStatus.IN_COURT));
        apply(new CourtJudgmentRecordedEvent(id, command.judgedOn(), command.judgment()));
        return state();
    }

    @CommandHandler
    public DisputeState handle(WithdrawDisputeCommand command) {
        requireOpen();
        if (ENDED.contains(status)) {
            throw new CaseRuleViolationException(null,
                    "The dispute has already ended (" + status + "); close the case instead of withdrawing it.");
        }
        apply(new DisputeWithdrawnEvent(id, command.withdrawnOn(), command.reason()));
        return state();
    }

    @CommandHandler
    public DisputeState handle(CloseDisputeCommand command) {
        requireOpen();
        apply(new DisputeClosedEvent(id, command.closedOn(), command.reason(), status));
        return state();
    }

    @CommandHandler
    public DisputeState handle(ReopenDisputeCommand command) {
        if (status != DisputeStatus.CLOSED) {
            throw new CaseRuleViolationException(null, "Only a closed case can be reopened; this one is " + status);
        }
        apply(new DisputeReopenedEvent(id, command.reopenedOn(), command.reason(), statusBeforeClosure));
        return state();
    }

    /** Applied at the business time of the record it corrects: the right values held from then on. */
    @CommandHandler
    public DisputeState handle(CorrectDisputeFilingCommand command) {
        requireOpen();
        apply(FilingCorrections.correction(this, command), filingRecord.correctionEnvelope());
        return state();
    }

    // ---- strikes: the decisions are in DisputeStrikes

    @CommandHandler
    public DisputeState handle(StartStrikeOpinionCollectionCommand command, Law law) {
        requireOpen();
        apply(DisputeStrikes.opinionCollection(this, command, law));
        return state();
    }

    @CommandHandler
    public DisputeState handle(RecordStrikeDecisionCommand command, Law law) {
        requireOpen();
        apply(DisputeStrikes.decision(this, command, law));
        return state();
    }

    @CommandHandler
    public DisputeState handle(RecordStrikeNoticeCommand command, Law law) {
        requireOpen();
        apply(DisputeStrikes.notice(this, command, law));
        return state();
    }

    @CommandHandler
    public DisputeState handle(RecordStrikeStartedCommand command, Law law) {
        requireOpen();
        apply(DisputeStrikes.started(this, command, law));
        return state();
    }

    @CommandHandler
    public DisputeState handle(RecordStrikeEndedCommand command) {
        requireOpen();
        apply(DisputeStrikes.ended(this, command));
        return state();
    }

    @CommandHandler
    public DisputeState handle(RecordStrikePostponementCommand command) {
        requireOpen();
        apply(DisputeStrikes.postponement(this, command));
        return state();
    }

    @CommandHandler
    public DisputeState handle(RecordStrikeCourtRulingCommand command) {
        requireOpen();
        apply(DisputeStrikes.courtRuling(this, command));
        return state();
    }

    @DeadlineHandler(deadlineName = STATUTORY_DEADLINE)
    void onDeadline(LegalDeadline deadline) {
        LegalDeadline open = openDeadlines.get(deadline.kind());
        if (open == null || !open.dueOn().equals(deadline.dueOn())) {
            return; // met in time, or superseded: nothing lapses
        }
        switch (deadline.kind()) {
            case MEDIATOR_ASSIGNMENT -> apply(new MediatorAssignmentOverdueEvent(id, deadline.dueOn()));
            case MEDIATION -> apply(new MediationLapsedEvent(id, deadline.dueOn()));
            case MEDIATION_RECORDS_DELIVERY -> apply(new MediationRecordsDeliveryOverdueEvent(id, deadline.dueOn()));
            case ARBITRATION_PANEL_FORMATION -> apply(new ArbitrationPanelFormationLapsedEvent(id, deadline.dueOn()));
            case ARBITRATION_DECISION -> apply(new ArbitrationDecisionLapsedEvent(id, deadline.dueOn()));
        }
    }

    // ---- decisions shared by the handlers

    void requireOpen() {
        if (status == DisputeStatus.CLOSED) {
            throw new CaseRuleViolationException(null, "The case is closed; reopen it before recording a step.");
        }
    }

    private void requireMediationUnderWay(String step) {
        requireOpen();
        if (status == DisputeStatus.AWAITING_MEDIATOR) {
            throw new CaseRuleViolationException(DisputeArticles.MEDIATOR_ASSIGNMENT,
                    "Assign a mediator before trying to " + step + ".");
        }
        requireStatus(DisputeArticles.MEDIATION_PERIOD, step, EnumSet.of(DisputeStatus.IN_MEDIATION));
    }

    private void requireStatus(String article, String step, Set<DisputeStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new CaseRuleViolationException(article,
                    "Cannot %s while the dispute is %s; that is possible only when it is %s."
                            .formatted(step, status, allowed));
        }
    }

    private TimeBarCheck timeBar(Forum forum, LocalDate requestedOn, RuleSet rules, Law law) {
        TimeBarCheck check = TimeBar.check(kind, forum, discoveredOn, requestedOn, tolledPeriods, null,
                rules.disputes(), law.calendar());
        TimeBar.breach(check).ifPresent(breach -> {
            throw new CaseRuleViolationException(breach);
        });
        return check;
    }

    static void schedule(DeadlineManager deadlines, LegalDeadline deadline) {
        deadlines.schedule(Deadlines.lapsesAt(deadline.dueOn()).toInstant(), STATUTORY_DEADLINE, deadline);
    }

    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

}
