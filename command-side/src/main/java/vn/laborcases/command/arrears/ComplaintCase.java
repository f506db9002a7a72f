package vn.laborcases.command.arrears;

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
import vn.laborcases.api.dispute.DisputeId;
import vn.laborcases.api.arrears.*;
import vn.laborcases.api.personaldata.PersonIdentity;
import vn.laborcases.command.CaseRuleViolationException;
import vn.laborcases.command.casenumber.CaseNumbers;
import vn.laborcases.eventstore.personaldata.SubjectKeys;
import vn.laborcases.rules.Deadlines;
import vn.laborcases.rules.Law;
import vn.laborcases.rules.RuleSet;
import vn.laborcases.rules.arrears.ArrearsArticles;
import vn.laborcases.rules.arrears.ComplaintDeadlines;

import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A wage- or SI-arrears complaint: triage, the complaint procedure of Decree 24/2018, and the
 * claim with its payments. Decisions are made here with the pure rules of
 * {@code vn.laborcases.rules.arrears}; the state they read changes only in
 * {@link ComplaintCaseFile}. The payment steps ({@link ComplaintPayments}) run beside the
 * procedure, whatever the triage chose.
 */
@Aggregate(snapshotTriggerDefinition = "caseSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class ComplaintCase extends ComplaintCaseFile {

    /** The one deadline name for Decree 24/2018 periods: the payload says which. */
    static final String STATUTORY_DEADLINE = "statutory-deadline";
    /** Per contribution line: the day unpaid contributions become evasion. */
    static final String SI_EVASION = "si-evasion";

    private static final Set<ComplaintStatus> SECOND_COMPLAINT_OPEN =
            EnumSet.of(ComplaintStatus.FIRST_DECIDED, ComplaintStatus.FIRST_DECISION_OVERDUE);

    protected ComplaintCase() {
        // Axon creates the aggregate for its creation command, and rebuilds it from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public ComplaintState handle(RegisterComplaintCommand command, Law law, CaseNumbers caseNumbers,
                                 DeadlineManager deadlines, SubjectKeys subjectKeys) {
        if (command.workersAffected() < 1) {
            throw new IllegalArgumentException("At least one worker must be affected; got " + command.workersAffected());
        }
        RuleSet rules = law.on(command.receivedOn());
        LegalDeadline acceptance = ComplaintDeadlines.acceptance(command.receivedOn(), rules.arrears(), law.calendar());
        CaseNumber number = caseNumbers.next(CaseType.WAGE_ARREARS, command.province(), Year.from(command.receivedOn()));
        apply(new ComplaintRegisteredEvent(command.complaintId(), number, command.province(),
                command.enterpriseTaxCode(), command.enterpriseName(), command.region(), command.complainant(),
                command.workersAffected(), command.summary(), command.receivedOn(), List.of(acceptance),
                rules.version()));
        if (!command.workers().isEmpty()) {
            name(command.workers(), subjectKeys);
        }
        schedule(deadlines, acceptance);
        return state();
    }

    @CommandHandler
    public ComplaintState handle(NameWorkersCommand command, SubjectKeys subjectKeys) {
        requireOpen();
        if (command.workers() == null || command.workers().isEmpty()) {
            throw new IllegalArgumentException("Name at least one worker");
        }
        name(command.workers(), subjectKeys);
        return state();
    }

    private void name(List<PersonIdentity> named, SubjectKeys subjectKeys) {
        if (workers.size() + named.size() > workersAffected) {
            throw new CaseRuleViolationException(null, "The complaint affects " + workersAffected + " workers and "
                    + workers.size() + " are named already; naming " + named.size() + " more would exceed it.");
        }
        apply(new WorkersNamedEvent(id, named.stream().map(subjectKeys::sealNewSubject).toList()));
    }

    // ---- triage

    @CommandHandler
    public ComplaintState handle(TreatAsComplaintCommand command) {
        requireTriage(command.triagedOn());
        apply(new ComplaintTreatedAsComplaintEvent(id, command.triagedOn()));
        return state();
    }

    @CommandHandler
    public ComplaintState handle(TreatAsDisputeCommand command) {
        requireTriage(command.triagedOn());
        if ((command.linkedDispute() == null) == !command.newDisputeRequested()) {
            throw new IllegalArgumentException(
                    "Either link an existing dispute case (linkedDispute) or ask for a new one (newDisputeRequested), not both or neither");
        }
        // A new dispute is filed by DisputeOnComplaintTriage under an id known now, so the link holds at once.
        DisputeId linked = command.newDisputeRequested() ? DisputeId.openedOnTriageOf(id.value()) : command.linkedDispute();
        apply(new ComplaintTreatedAsDisputeEvent(id, command.triagedOn(), linked, command.newDisputeRequested()));
        return state();
    }

    @CommandHandler
    public ComplaintState handle(ReferComplaintCommand command) {
        requireTriage(command.referredOn());
        if (command.scope() == null || command.scope().isEmpty()) {
            throw new IllegalArgumentException("A referral names its scope: LABOR_LAW, SOCIAL_INSURANCE and/or OSH");
        }
        apply(new ComplaintReferredEvent(id, caseNumber, command.target(), enterpriseTaxCode, enterpriseName,
                province, region, workersAffected, List.copyOf(EnumSet.copyOf(command.scope())), command.grounds(),
                command.referredOn()));
        return state();
    }

    // ---- the complaint procedure (Decree 24/2018)

    @CommandHandler
    public ComplaintState handle(AcceptComplaintCommand command, Law law, DeadlineManager deadlines) {
        requireStatus(ArrearsArticles.COMPLAINT_ACCEPTANCE, "accept the complaint",
                EnumSet.of(ComplaintStatus.AWAITING_ACCEPTANCE));
        requireNotBefore(command.acceptedOn(), receivedOn, "accepted", "received");
        RuleSet rules = law.on(command.acceptedOn());
        LegalDeadline decision = ComplaintDeadlines.firstDecision(command.acceptedOn(), command.complex(),
                command.remoteArea(), rules.arrears(), law.calendar());
        apply(new ComplaintAcceptedEvent(id, command.acceptedOn(), late(DeadlineKind.COMPLAINT_ACCEPTANCE,
                command.acceptedOn()), command.complex(), command.remoteArea(), decision, rules.version()));
        schedule(deadlines, decision);
        return state();
    }

    @CommandHandler
    public ComplaintState handle(RefuseComplaintCommand command) {
        requireStatus(ArrearsArticles.COMPLAINT_ACCEPTANCE, "refuse the complaint",
                EnumSet.of(ComplaintStatus.AWAITING_ACCEPTANCE));
        requireNotBefore(command.refusedOn(), receivedOn, "refused", "received");
        if (command.reasons() == null || command.reasons().isBlank()) {
            throw new CaseRuleViolationException(ArrearsArticles.COMPLAINT_ACCEPTANCE,
                    "A complaint is refused with reasons the complainant is told; give them.");
        }
        apply(new ComplaintRefusedEvent(id, command.refusedOn(), command.reasons(),
                late(DeadlineKind.COMPLAINT_ACCEPTANCE, command.refusedOn())));
        return state();
    }

    @CommandHandler
    public ComplaintState handle(RecordFirstDecisionCommand command, Law law, DeadlineManager deadlines) {
        requireStatus(ArrearsArticles.FIRST_DECISION_PERIOD, "record the first decision",
                EnumSet.of(ComplaintStatus.ACCEPTED));
        RuleSet rules = law.on(command.decidedOn());
        LegalDeadline filing = ComplaintDeadlines.secondComplaintFiling(command.decidedOn(), rules.arrears(),
                law.calendar());
        apply(new FirstComplaintDecisionIssuedEvent(id, command.decidedOn(), command.decision(),
                late(DeadlineKind.FIRST_COMPLAINT_DECISION, command.decidedOn()), filing, rules.version()));
        schedule(deadlines, filing);
        return state();
    }

    @CommandHandler
    public ComplaintState handle(RecordSecondComplaintCommand command, Law law, DeadlineManager deadlines) {
        requireStatus(ArrearsArticles.SECOND_COMPLAINT_FILING, "record a second complaint", SECOND_COMPLAINT_OPEN);
        LocalDate lastDay = dueDates.get(DeadlineKind.SECOND_COMPLAINT_FILING);
        if (lastDay != null && command.filedOn().isAfter(lastDay)) {
            throw new CaseRuleViolationException(ArrearsArticles.SECOND_COMPLAINT_FILING,
                    "A second complaint had to be filed by " + lastDay + "; one filed on " + command.filedOn()
                            + " is out of time, and the complainant may go to court instead.");
        }
        requireNotBefore(command.acceptedOn(), command.filedOn(), "accepted", "filed");
        RuleSet rules = law.on(command.acceptedOn());
        LegalDeadline decision = ComplaintDeadlines.secondDecision(command.acceptedOn(), command.complex(),
                command.remoteArea(), rules.arrears(), law.calendar());
        apply(new SecondComplaintAcceptedEvent(id, command.filedOn(), command.acceptedOn(), command.complex(),
                command.remoteArea(), decision, rules.version()));
        schedule(deadlines, decision);
        return state();
    }

    @CommandHandler
    public ComplaintState handle(RecordSecondDecisionCommand command) {
        requireStatus(ArrearsArticles.SECOND_DECISION_PERIOD, "record the second decision",
                EnumSet.of(ComplaintStatus.SECOND_COMPLAINT_ACCEPTED));
        apply(new SecondComplaintDecisionIssuedEvent(id, command.decidedOn(), command.decision(),
                late(DeadlineKind.SECOND_COMPLAINT_DECISION, command.decidedOn())));
        return state();
    }

    // ---- the claim and its payments: decisions in ComplaintPayments

    @CommandHandler
    public ComplaintState handle(AddClaimLineCommand command, Law law, DeadlineManager deadlines) {
        requireOpen();
        ClaimLineAddedEvent added = ComplaintPayments.addLine(this, command, law);
        apply(added);
        if (added.evasionFrom() != null) {
            deadlines.schedule(added.evasionFrom().atStartOfDay(Deadlines.ZONE).toInstant(), SI_EVASION,
                    new EvasionCheck(added.lineNo(), added.evasionFrom()));
        }
        return state();
    }

    /** Applied at the business time of the record it corrects: the right values held from then on. */
    @CommandHandler
    public ComplaintState handle(CorrectClaimLineCommand command, Law law) {
        requireOpen();
        ClaimLineCorrectedEvent correction = ComplaintPayments.correctLine(this, command, law);
        apply(correction, lineRecords.get(correction.lineNo()).correctionEnvelope());
        return state();
    }

    @CommandHandler
    public ComplaintState handle(NotifyEmployerCommand command) {
        requireOpen();
        apply(ComplaintPayments.notifyEmployer(this, command));
        return state();
    }

    @CommandHandler
    public ComplaintState handle(DetermineAmountsCommand command) {
        requireOpen();
        apply(ComplaintPayments.determine(this, command));
        return state();
    }

    @CommandHandler
    public ComplaintState handle(RecordDepositRateCommand command) {
        requireOpen();
        apply(ComplaintPayments.depositRate(this, command));
        return state();
    }

    @CommandHandler
    public ComplaintState handle(AgreePaymentPlanCommand command) {
        requireOpen();
        apply(ComplaintPayments.plan(this, command));
        return state();
    }

    @CommandHandler
    public ComplaintState handle(RecordPaymentCommand command) {
        requireOpen();
        apply(ComplaintPayments.payment(this, command));
        return state();
    }

    // ---- closing

    @CommandHandler
    public ComplaintState handle(CloseComplaintCommand command) {
        requireOpen();
        requireReason(command.reason());
        apply(new ComplaintClosedEvent(id, command.closedOn(), command.reason(), status));
        return state();
    }

    @CommandHandler
    public ComplaintState handle(ReopenComplaintCommand command) {
        if (status != ComplaintStatus.CLOSED) {
            throw new CaseRuleViolationException(null, "Only a closed case can be reopened; this one is " + status);
        }
        requireReason(command.reason());
        apply(new ComplaintReopenedEvent(id, command.reopenedOn(), command.reason(), statusBeforeClosure));
        return state();
    }

    // ---- deadlines

    @DeadlineHandler(deadlineName = STATUTORY_DEADLINE)
    void onDeadline(LegalDeadline deadline, Law law, DeadlineManager deadlines) {
        LegalDeadline open = openDeadlines.get(deadline.kind());
        if (open == null || !open.dueOn().equals(deadline.dueOn())) {
            return; // met in time, superseded, or the case was closed: nothing lapses
        }
        switch (deadline.kind()) {
            case COMPLAINT_ACCEPTANCE -> apply(new ComplaintAcceptanceOverdueEvent(id, deadline.dueOn()));
            case FIRST_COMPLAINT_DECISION -> {
                RuleSet rules = law.on(deadline.dueOn());
                LegalDeadline filing = ComplaintDeadlines.secondComplaintFiling(deadline.dueOn(), rules.arrears(),
                        law.calendar());
                apply(new FirstComplaintDecisionOverdueEvent(id, deadline.dueOn(), filing, rules.version()));
                schedule(deadlines, filing);
            }
            case SECOND_COMPLAINT_FILING -> apply(new SecondComplaintWindowClosedEvent(id, deadline.dueOn()));
            case SECOND_COMPLAINT_DECISION -> apply(new SecondComplaintDecisionOverdueEvent(id, deadline.dueOn()));
            default -> throw new IllegalStateException("Not a complaint deadline: " + deadline.kind());
        }
    }

    /** Judged by the payments made before the evasion day, whenever they were recorded. */
    @DeadlineHandler(deadlineName = SI_EVASION)
    void onEvasion(EvasionCheck check) {
        ClaimLine line = lines.stream().filter(l -> l.lineNo() == check.lineNo()).findFirst().orElseThrow();
        long unpaid = line.principal() - paidOn(line.lineNo(), check.evasionFrom());
        if (unpaid > 0 && !evadedLines.contains(line.lineNo())) {
            apply(new SocialInsuranceEvasionEvent(id, line.lineNo(), line.dueOn(), check.evasionFrom(), unpaid));
        }
    }

    // ---- decisions shared by the handlers

    void requireOpen() {
        if (status == ComplaintStatus.CLOSED) {
            throw new CaseRuleViolationException(null, "The case is closed; reopen it before recording a step.");
        }
    }

    private void requireTriage(LocalDate on) {
        requireStatus(ArrearsArticles.COMPLAINT_PROCEDURE, "triage the complaint",
                EnumSet.of(ComplaintStatus.REGISTERED));
        requireNotBefore(on, receivedOn, "triaged", "received");
    }

    private void requireStatus(String article, String step, Set<ComplaintStatus> allowed) {
        requireOpen();
        if (!allowed.contains(status)) {
            throw new CaseRuleViolationException(article,
                    "Cannot %s while the complaint is %s; that is possible only when it is %s."
                            .formatted(step, status, allowed));
        }
    }

    private static void requireNotBefore(LocalDate day, LocalDate earliest, String what, String earlier) {
        if (day.isBefore(earliest)) {
            throw new IllegalArgumentException("A complaint cannot be %s (%s) before it was %s (%s)"
                    .formatted(what, day, earlier, earliest));
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required");
        }
    }

    private boolean late(DeadlineKind kind, LocalDate on) {
        LocalDate due = dueDates.get(kind);
        return due != null && on.isAfter(due);
    }

    private static void schedule(DeadlineManager deadlines, LegalDeadline deadline) {
        deadlines.schedule(Deadlines.lapsesAt(deadline.dueOn()).toInstant(), STATUTORY_DEADLINE, deadline);
    }
}
