package vn.laborcases.command.inspection;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.inspection.*;
import vn.laborcases.command.CaseRuleViolationException;
import vn.laborcases.command.casenumber.CaseNumbers;
import vn.laborcases.rules.Deadlines;
import vn.laborcases.rules.Law;
import vn.laborcases.rules.RuleSet;
import vn.laborcases.rules.inspection.InspectionArticles;
import vn.laborcases.rules.inspection.InspectionDeadlines;

import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static vn.laborcases.api.inspection.InspectionStatus.*;

/**
 * An inspection from its opening to its conclusion and closure (Law on Inspection 84/2025).
 * Findings, fines and remediation are decided in {@link InspectionEnforcement}; the state they
 * read changes only in the event-sourcing handlers of {@link InspectionCaseFile}.
 */
@Aggregate(snapshotTriggerDefinition = "caseSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class InspectionCase extends InspectionCaseFile {

    /** The one name of statutory deadlines: the payload says which one it is. */
    static final String STATUTORY_DEADLINE = "statutory-deadline";
    static final String REMEDIATION_DEADLINE = "remediation-deadline";

    /** What the inspector can do next from each phase, for refusals a person can act on. */
    private static final Map<InspectionStatus, String> NEXT_STEP = Map.of(
            OPENED, "issue the inspection decision",
            DECISION_ISSUED, "announce the decision at the enterprise",
            ANNOUNCED, "start the fieldwork",
            IN_FIELDWORK, "record findings or end the fieldwork",
            FIELDWORK_ENDED, "submit the results report",
            REPORTED, "record the draft conclusion",
            DRAFT_CONCLUSION, "record the appraisal of the draft conclusion",
            APPRAISED, "issue the conclusion",
            CONCLUDED, "impose fines, order and verify remediation, or close the case",
            CLOSED, "reopen the case");

    protected InspectionCase() {
        // Axon creates the aggregate for its creation command, and rebuilds it from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public InspectionState handle(StartInspectionCommand command, Law law, CaseNumbers caseNumbers) {
        if (command.scope() == null || command.scope().isEmpty()) {
            throw new CaseRuleViolationException(InspectionArticles.INSPECTION_PROCEDURE,
                    "Say what the inspection covers: at least one of LABOR_LAW, SOCIAL_INSURANCE, OSH.");
        }
        if (command.source() == null && EnumSet.of(InspectionTrigger.COMPLAINT, InspectionTrigger.STRIKE)
                .contains(command.trigger())) {
            throw new CaseRuleViolationException(InspectionArticles.INSPECTION_PROCEDURE,
                    "An inspection triggered by a " + command.trigger().name().toLowerCase()
                            + " names its source case (case type, id and number).");
        }
        RuleSet rules = law.on(command.openedOn());
        var enterprise = command.enterprise();
        apply(new InspectionStartedEvent(command.inspectionId(),
                caseNumbers.next(CaseType.INSPECTION, enterprise.province(), Year.from(command.openedOn())),
                command.trigger(), command.source(), command.scope().stream().distinct().sorted().toList(),
                enterprise, command.openedOn(), command.grounds(), rules.version()));
        return state();
    }

    @CommandHandler
    public InspectionState handle(IssueInspectionDecisionCommand command) {
        requirePhase("issue the inspection decision", command.issuedOn(), EnumSet.of(OPENED));
        apply(new InspectionDecisionIssuedEvent(id, command.decisionNumber(), command.issuedOn(),
                command.leadInspector()));
        return state();
    }

    @CommandHandler
    public InspectionState handle(AnnounceInspectionCommand command, Law law, DeadlineManager deadlines) {
        requirePhase("announce the inspection", command.announcedOn(), EnumSet.of(DECISION_ISSUED));
        RuleSet rules = law.on(command.announcedOn());
        LegalDeadline cap = InspectionDeadlines.durationCap(command.announcedOn(), rules.inspections(), law.calendar());
        apply(new InspectionAnnouncedEvent(id, command.announcedOn(), cap, rules.version()));
        schedule(deadlines, cap);
        return state();
    }

    @CommandHandler
    public InspectionState handle(StartFieldworkCommand command) {
        requirePhase("start the fieldwork", command.startedOn(), EnumSet.of(ANNOUNCED));
        apply(new FieldworkStartedEvent(id, command.startedOn()));
        return state();
    }

    @CommandHandler
    public InspectionState handle(ExtendInspectionCommand command, Law law, DeadlineManager deadlines) {
        requireOpen();
        LegalDeadline cap = openDeadlines.get(DeadlineKind.INSPECTION_DURATION);
        if (cap == null) {
            throw new CaseRuleViolationException(InspectionArticles.INSPECTION_PROCEDURE, isBefore(ANNOUNCED)
                    ? "The duration runs from the announcement; announce the inspection first."
                    : isBefore(FIELDWORK_ENDED)
                    ? "The duration cap already passed; end the fieldwork, which will be recorded as late."
                    : "The fieldwork has ended; there is no duration left to extend.");
        }
        RuleSet rules = law.on(command.extendedOn());
        InspectionDeadlines.extensionBreach(command.workingDays(), command.reason(), extensions, rules.inspections())
                .ifPresent(breach -> {
                    throw new CaseRuleViolationException(breach);
                });
        LegalDeadline extended = InspectionDeadlines.extended(cap, command.workingDays(), rules.inspections(),
                law.calendar());
        apply(new InspectionExtendedEvent(id, extensions + 1, command.extendedOn(), command.workingDays(),
                command.reason(), cap.dueOn(), extended, rules.version()));
        schedule(deadlines, extended);
        return state();
    }

    @CommandHandler
    public InspectionState handle(EndFieldworkCommand command) {
        requirePhase("end the fieldwork", command.endedOn(), EnumSet.of(IN_FIELDWORK));
        LegalDeadline cap = openDeadlines.get(DeadlineKind.INSPECTION_DURATION);
        // A cap that already passed is no longer open, and its overdue event says so; the end is then late too.
        boolean late = cap == null || command.endedOn().isAfter(cap.dueOn());
        apply(new FieldworkEndedEvent(id, command.endedOn(), late));
        return state();
    }

    @CommandHandler
    public InspectionState handle(SubmitResultsReportCommand command, Law law, DeadlineManager deadlines) {
        requirePhase("submit the results report", command.reportedOn(), EnumSet.of(FIELDWORK_ENDED));
        RuleSet rules = law.on(command.reportedOn());
        LegalDeadline draft = InspectionDeadlines.draftConclusion(command.reportedOn(), rules.inspections(),
                law.calendar());
        apply(new ResultsReportSubmittedEvent(id, command.reportedOn(), command.summary(), draft, rules.version()));
        schedule(deadlines, draft);
        return state();
    }

    @CommandHandler
    public InspectionState handle(RecordDraftConclusionCommand command) {
        requirePhase("record the draft conclusion", command.draftedOn(), EnumSet.of(REPORTED));
        LegalDeadline due = openDeadlines.get(DeadlineKind.DRAFT_CONCLUSION);
        boolean late = due == null || command.draftedOn().isAfter(due.dueOn());
        apply(new DraftConclusionRecordedEvent(id, command.draftedOn(), command.summary(), late));
        return state();
    }

    @CommandHandler
    public InspectionState handle(RecordAppraisalCommand command) {
        requirePhase("record the appraisal", command.appraisedOn(), EnumSet.of(DRAFT_CONCLUSION));
        apply(new DraftConclusionAppraisedEvent(id, command.appraisedOn(), command.appraiser(), command.opinion()));
        return state();
    }

    @CommandHandler
    public InspectionState handle(IssueConclusionCommand command) {
        requireOpen();
        if (isBefore(REPORTED)) {
            throw new CaseRuleViolationException(InspectionArticles.CONCLUSION_PROCEDURE,
                    "No conclusion before the results report: the inspection is " + status
                            + "; submit the results report, then the draft conclusion and its appraisal.");
        }
        if (isBefore(APPRAISED)) {
            throw new CaseRuleViolationException(InspectionArticles.CONCLUSION_PROCEDURE,
                    "The draft conclusion must be appraised before the conclusion is issued; next, "
                            + NEXT_STEP.get(status) + ".");
        }
        requirePhase("issue the conclusion", command.concludedOn(), EnumSet.of(APPRAISED));
        apply(new InspectionConclusionIssuedEvent(id, command.conclusionNumber(), command.concludedOn(),
                command.summary()));
        return state();
    }

    @CommandHandler
    public InspectionState handle(CloseInspectionCommand command) {
        requirePhase("close the case", command.closedOn(), EnumSet.of(CONCLUDED));
        InspectionEnforcement.unresolvedRemediation(this).ifPresent(breach -> {
            throw new CaseRuleViolationException(breach);
        });
        apply(new InspectionClosedEvent(id, command.closedOn(), command.reason(), status));
        return state();
    }

    @CommandHandler
    public InspectionState handle(ReopenInspectionCommand command) {
        if (status != CLOSED) {
            throw new CaseRuleViolationException(null, "Only a closed case can be reopened; this one is " + status + ".");
        }
        requireReason(command.reason(), "A reopening needs a reason.");
        apply(new InspectionReopenedEvent(id, command.reopenedOn(), command.reason(), statusBeforeClosure));
        return state();
    }

    // ---- findings, fines and remediation: decided in InspectionEnforcement

    @CommandHandler
    public InspectionState handle(RecordFindingCommand command, Law law, FindingHistory history) {
        requireOpen();
        apply(InspectionEnforcement.finding(this, command, law, history));
        return state();
    }

    /** Applied at the business time of the record it corrects: the right values held from then on. */
    @CommandHandler
    public InspectionState handle(CorrectFindingCommand command) {
        requireOpen();
        FindingCorrectedEvent correction = InspectionEnforcement.correction(this, command);
        apply(correction, findingRecords.get(correction.findingId()).correctionEnvelope());
        return state();
    }

    @CommandHandler
    public InspectionState handle(ImposeSanctionCommand command, Law law) {
        requireOpen();
        apply(InspectionEnforcement.sanction(this, command, law));
        return state();
    }

    @CommandHandler
    public InspectionState handle(AmendSanctionCommand command) {
        requireOpen();
        apply(InspectionEnforcement.amendment(this, command));
        return state();
    }

    @CommandHandler
    public InspectionState handle(RecordFinePaymentCommand command) {
        requireOpen();
        apply(InspectionEnforcement.payment(this, command));
        return state();
    }

    @CommandHandler
    public InspectionState handle(OrderRemediationCommand command, DeadlineManager deadlines) {
        requireOpen();
        RemediationOrderedEvent ordered = InspectionEnforcement.remediation(this, command);
        apply(ordered);
        deadlines.schedule(Deadlines.lapsesAt(ordered.dueOn()).toInstant(), REMEDIATION_DEADLINE,
                new RemediationDue(ordered.remediationId(), ordered.dueOn()));
        return state();
    }

    @CommandHandler
    public InspectionState handle(VerifyRemediationCommand command) {
        requireOpen();
        apply(InspectionEnforcement.verification(this, command));
        return state();
    }

    @CommandHandler
    public InspectionState handle(WaiveRemediationCommand command) {
        requireOpen();
        apply(InspectionEnforcement.waiver(this, command));
        return state();
    }

    // ---- deadlines

    @DeadlineHandler(deadlineName = STATUTORY_DEADLINE)
    void onDeadline(LegalDeadline deadline) {
        LegalDeadline open = openDeadlines.get(deadline.kind());
        if (open == null || !open.dueOn().equals(deadline.dueOn())) {
            return; // met in time, or superseded by an extension: nothing lapses
        }
        switch (deadline.kind()) {
            case INSPECTION_DURATION -> apply(new InspectionDurationOverdueEvent(id, deadline.dueOn()));
            case DRAFT_CONCLUSION -> apply(new DraftConclusionOverdueEvent(id, deadline.dueOn()));
            default -> throw new IllegalStateException("An inspection never sets a " + deadline.kind() + " deadline");
        }
    }

    @DeadlineHandler(deadlineName = REMEDIATION_DEADLINE)
    void onRemediationDeadline(RemediationDue due) {
        var remediation = remediations.get(due.remediationId());
        if (remediation != null && remediation.status() == RemediationStatus.OPEN
                && remediation.dueOn().equals(due.dueOn())) {
            apply(new RemediationOverdueEvent(id, due.remediationId(), due.dueOn()));
        }
    }

    // ---- decisions shared by the handlers

    void requireOpen() {
        if (status == CLOSED) {
            throw new CaseRuleViolationException(null, "The case is closed; reopen it before recording a step.");
        }
    }

    boolean isBefore(InspectionStatus phase) {
        return status.compareTo(phase) < 0;
    }

    private void requirePhase(String step, LocalDate on, Set<InspectionStatus> allowed) {
        requireOpen();
        if (!allowed.contains(status)) {
            throw new CaseRuleViolationException(isBefore(REPORTED) ? InspectionArticles.INSPECTION_PROCEDURE
                    : InspectionArticles.CONCLUSION_PROCEDURE,
                    "Cannot %s: the inspection is %s; next, %s.".formatted(step, status, NEXT_STEP.get(status)));
        }
        if (on.isBefore(lastPhaseOn)) {
            throw new CaseRuleViolationException(null, "Cannot %s on %s, before the previous step on %s; check the date."
                    .formatted(step, on, lastPhaseOn));
        }
    }

    static void requireReason(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw new CaseRuleViolationException(null, message);
        }
    }

    private static void schedule(DeadlineManager deadlines, LegalDeadline deadline) {
        deadlines.schedule(Deadlines.lapsesAt(deadline.dueOn()).toInstant(), STATUTORY_DEADLINE, deadline);
    }
}
