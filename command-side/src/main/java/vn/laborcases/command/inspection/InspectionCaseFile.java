package vn.laborcases.command.inspection;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.Envelope;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.inspection.*;
import vn.laborcases.command.CaseStanding;
import vn.laborcases.command.LatestRecord;
import vn.laborcases.command.inspection.InspectionState.Finding;
import vn.laborcases.command.inspection.InspectionState.Remediation;
import vn.laborcases.command.inspection.InspectionState.Sanction;
import vn.laborcases.rules.inspection.InspectionArticles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * An inspection's case file as its events have built it. Only the event-sourcing handlers here
 * change it; {@link InspectionCase} decides on commands by reading it.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
abstract class InspectionCaseFile implements CaseStanding {

    @AggregateIdentifier
    InspectionId id;
    CaseNumber caseNumber;
    InspectionTrigger trigger;
    CaseLink source;
    List<InspectionScope> scope = new ArrayList<>();
    Enterprise enterprise;
    InspectionStatus status;
    InspectionStatus statusBeforeClosure;
    /** The day of the latest phase, so that no phase is dated before the one it follows. */
    LocalDate lastPhaseOn;
    LocalDate fieldworkStartedOn;
    int extensions;
    Map<DeadlineKind, LegalDeadline> openDeadlines = new EnumMap<>(DeadlineKind.class);
    Map<UUID, Finding> findings = new LinkedHashMap<>();
    /** Per finding: the event a correction of the finding must point at. */
    Map<UUID, LatestRecord> findingRecords = new HashMap<>();
    Map<UUID, Sanction> sanctions = new LinkedHashMap<>();
    Map<UUID, Remediation> remediations = new LinkedHashMap<>();

    @Override
    public CaseType caseType() {
        return CaseType.INSPECTION;
    }

    @Override
    public InspectionState state() {
        List<LegalDeadline> deadlines = Stream.concat(openDeadlines.values().stream(),
                remediations.values().stream().filter(r -> r.status() == RemediationStatus.OPEN)
                        .map(r -> new LegalDeadline(DeadlineKind.REMEDIATION, r.dueOn(), InspectionArticles.SANCTIONS)))
                .toList();
        return new InspectionState(id.value(), caseNumber.value(), getVersion(), trigger, source, List.copyOf(scope),
                enterprise, status, extensions, deadlines, List.copyOf(findings.values()),
                List.copyOf(sanctions.values()), List.copyOf(remediations.values()));
    }

    // ---- phases

    @EventSourcingHandler
    void on(InspectionStartedEvent event) {
        id = event.inspectionId();
        caseNumber = event.caseNumber();
        trigger = event.trigger();
        source = event.source();
        scope = new ArrayList<>(event.scope());
        enterprise = event.enterprise();
        status = InspectionStatus.OPENED;
        lastPhaseOn = event.openedOn();
    }

    @EventSourcingHandler
    void on(InspectionDecisionIssuedEvent event) {
        phase(InspectionStatus.DECISION_ISSUED, event.issuedOn());
    }

    @EventSourcingHandler
    void on(InspectionAnnouncedEvent event) {
        phase(InspectionStatus.ANNOUNCED, event.announcedOn());
        open(event.durationCap());
    }

    @EventSourcingHandler
    void on(FieldworkStartedEvent event) {
        phase(InspectionStatus.IN_FIELDWORK, event.startedOn());
        fieldworkStartedOn = event.startedOn();
    }

    @EventSourcingHandler
    void on(InspectionExtendedEvent event) {
        extensions = event.extension();
        open(event.durationCap());
    }

    @EventSourcingHandler
    void on(InspectionDurationOverdueEvent event) {
        openDeadlines.remove(DeadlineKind.INSPECTION_DURATION);
    }

    @EventSourcingHandler
    void on(FieldworkEndedEvent event) {
        phase(InspectionStatus.FIELDWORK_ENDED, event.endedOn());
        openDeadlines.remove(DeadlineKind.INSPECTION_DURATION);
    }

    @EventSourcingHandler
    void on(ResultsReportSubmittedEvent event) {
        phase(InspectionStatus.REPORTED, event.reportedOn());
        open(event.draftConclusion());
    }

    @EventSourcingHandler
    void on(DraftConclusionRecordedEvent event) {
        phase(InspectionStatus.DRAFT_CONCLUSION, event.draftedOn());
        openDeadlines.remove(DeadlineKind.DRAFT_CONCLUSION);
    }

    @EventSourcingHandler
    void on(DraftConclusionOverdueEvent event) {
        openDeadlines.remove(DeadlineKind.DRAFT_CONCLUSION);
    }

    @EventSourcingHandler
    void on(DraftConclusionAppraisedEvent event) {
        phase(InspectionStatus.APPRAISED, event.appraisedOn());
    }

    @EventSourcingHandler
    void on(InspectionConclusionIssuedEvent event) {
        phase(InspectionStatus.CONCLUDED, event.concludedOn());
    }

    @EventSourcingHandler
    void on(InspectionClosedEvent event) {
        statusBeforeClosure = status;
        status = InspectionStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(InspectionReopenedEvent event) {
        status = event.status();
        statusBeforeClosure = null;
    }

    // ---- findings, fines and remediation

    @EventSourcingHandler
    void on(FindingRecordedEvent event, @MessageIdentifier String eventId,
            @MetaDataValue(Envelope.BUSINESS_TIME) String businessTime,
            @Timestamp Instant recordedAt) {
        findings.put(event.findingId(), new Finding(event.findingId(), event.category(), event.description(),
                event.workersAffected(), event.amountOwed(), event.foundOn(), event.repeat()));
        findingRecords.put(event.findingId(), LatestRecord.of(eventId, businessTime, recordedAt));
    }

    @EventSourcingHandler
    void on(FindingCorrectedEvent event, @MessageIdentifier String eventId,
            @MetaDataValue(Envelope.BUSINESS_TIME) String businessTime,
            @Timestamp Instant recordedAt) {
        findings.computeIfPresent(event.findingId(), (id, finding) -> finding.corrected(event.corrected()));
        findingRecords.put(event.findingId(), LatestRecord.of(eventId, businessTime, recordedAt));
    }

    @EventSourcingHandler
    void on(SanctionImposedEvent event) {
        sanctions.put(event.sanctionId(), new Sanction(event.sanctionId(), event.findingId(), event.offender(),
                event.band(), event.amount(), event.amount(), 0));
    }

    @EventSourcingHandler
    void on(SanctionAmendedEvent event) {
        Sanction was = sanctions.get(event.sanctionId());
        sanctions.put(event.sanctionId(), new Sanction(was.sanctionId(), was.findingId(), was.offender(), was.band(),
                was.initialAmount(), event.currentAmount(), was.paid()));
    }

    @EventSourcingHandler
    void on(FinePaidEvent event) {
        Sanction was = sanctions.get(event.sanctionId());
        sanctions.put(event.sanctionId(), new Sanction(was.sanctionId(), was.findingId(), was.offender(), was.band(),
                was.initialAmount(), was.currentAmount(), event.totalPaid()));
    }

    @EventSourcingHandler
    void on(RemediationOrderedEvent event) {
        remediations.put(event.remediationId(), new Remediation(event.remediationId(), event.findingId(),
                event.action(), event.dueOn(), RemediationStatus.OPEN, null));
    }

    @EventSourcingHandler
    void on(RemediationOverdueEvent event) {
        remediation(event.remediationId(), RemediationStatus.OVERDUE, null);
    }

    @EventSourcingHandler
    void on(RemediationVerifiedEvent event) {
        remediation(event.remediationId(), RemediationStatus.VERIFIED, event.verifiedOn());
    }

    @EventSourcingHandler
    void on(RemediationWaivedEvent event) {
        remediation(event.remediationId(), RemediationStatus.WAIVED, null);
    }

    private void remediation(UUID remediationId, RemediationStatus newStatus, LocalDate verifiedOn) {
        Remediation was = remediations.get(remediationId);
        remediations.put(remediationId, new Remediation(was.remediationId(), was.findingId(), was.action(),
                was.dueOn(), newStatus, verifiedOn));
    }

    private void phase(InspectionStatus reached, LocalDate on) {
        status = reached;
        lastPhaseOn = on;
    }

    private void open(LegalDeadline deadline) {
        openDeadlines.put(deadline.kind(), deadline);
    }
}
