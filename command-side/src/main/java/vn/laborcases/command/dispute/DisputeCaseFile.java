package vn.laborcases.command.dispute;

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
import vn.laborcases.api.Province;
import vn.laborcases.api.dispute.*;
import vn.laborcases.command.CaseStanding;
import vn.laborcases.command.LatestRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * A dispute's case file as its events have built it. Only the event-sourcing handlers here
 * change it; {@link DisputeCase} decides on commands by reading it.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
abstract class DisputeCaseFile implements CaseStanding {

    @AggregateIdentifier
    DisputeId id;
    CaseNumber caseNumber;
    DisputeKind kind;
    Province province;
    LocalDate discoveredOn;
    List<TolledPeriod> tolledPeriods = new ArrayList<>();
    DisputeStatus status;
    DisputeStatus statusBeforeClosure;
    String mediatorId;
    /** Kept after the deadline lapses, so that a mediator assigned later is still recorded as late. */
    LocalDate mediatorAssignmentDueOn;
    LocalDate recordsDeliveredOn;
    Map<DisputeParty, Integer> absences = new EnumMap<>(DisputeParty.class);
    Map<DeadlineKind, LegalDeadline> openDeadlines = new EnumMap<>(DeadlineKind.class);
    StrikeProgress strike;
    DisputeFilingFacts filing;
    /** The event a correction of the filing must point at: the filing or its latest correction. */
    LatestRecord filingRecord;


    @Override
    public CaseType caseType() {
        return CaseType.LABOR_DISPUTE;
    }

    @Override
    public DisputeState state() {
        return new DisputeState(id.value(), caseNumber.value(), getVersion(), kind, province, status, mediatorId,
                List.copyOf(openDeadlines.values()), strike == null ? null : strike.stage,
                strike == null ? null : strike.lawful, strike == null ? List.of() : List.copyOf(strike.violations),
                filing);
    }


    // ---- state changes

    @EventSourcingHandler
    void on(DisputeFiledEvent event, @MessageIdentifier String eventId,
            @MetaDataValue(Envelope.BUSINESS_TIME) String businessTime,
            @Timestamp Instant recordedAt) {
        filing = new DisputeFilingFacts(event.workersInvolved(), event.summary(), event.employerName());
        filingRecord = LatestRecord.of(eventId, businessTime, recordedAt);
        id = event.disputeId();
        caseNumber = event.caseNumber();
        kind = event.kind();
        province = event.province();
        discoveredOn = event.discoveredOn();
        tolledPeriods = new ArrayList<>(event.tolledPeriods());
        event.deadlines().stream().filter(d -> d.kind() == DeadlineKind.MEDIATOR_ASSIGNMENT).findFirst()
                .ifPresent(d -> mediatorAssignmentDueOn = d.dueOn());
        status = event.forum() == Forum.MEDIATION ? DisputeStatus.AWAITING_MEDIATOR : DisputeStatus.MEDIATION_EXEMPT;
        event.deadlines().forEach(this::open);
    }

    @EventSourcingHandler
    void on(DisputeFilingCorrectedEvent event, @MessageIdentifier String eventId,
            @MetaDataValue(Envelope.BUSINESS_TIME) String businessTime,
            @Timestamp Instant recordedAt) {
        filing = event.corrected();
        filingRecord = LatestRecord.of(eventId, businessTime, recordedAt);
    }

    @EventSourcingHandler
    void on(MediatorAssignedEvent event) {
        mediatorId = event.mediatorId();
        status = DisputeStatus.IN_MEDIATION;
        openDeadlines.remove(DeadlineKind.MEDIATOR_ASSIGNMENT);
    }

    @EventSourcingHandler
    void on(MediatorAssignmentOverdueEvent event) {
        openDeadlines.remove(DeadlineKind.MEDIATOR_ASSIGNMENT);
    }

    @EventSourcingHandler
    void on(PartyAbsenceRecordedEvent event) {
        absences.put(event.party(), event.absences());
    }

    @EventSourcingHandler
    void on(MediationSettledEvent event) {
        status = DisputeStatus.SETTLED;
        endMediation(event.recordsDelivery());
    }

    @EventSourcingHandler
    void on(MediationFailedEvent event) {
        status = DisputeStatus.MEDIATION_FAILED;
        endMediation(event.recordsDelivery());
    }

    private void endMediation(LegalDeadline recordsDelivery) {
        openDeadlines.remove(DeadlineKind.MEDIATOR_ASSIGNMENT);
        openDeadlines.remove(DeadlineKind.MEDIATION);
        open(recordsDelivery);
    }

    @EventSourcingHandler
    void on(MediationLapsedEvent event) {
        status = DisputeStatus.MEDIATION_LAPSED;
        openDeadlines.remove(DeadlineKind.MEDIATOR_ASSIGNMENT);
        openDeadlines.remove(DeadlineKind.MEDIATION);
    }

    @EventSourcingHandler
    void on(MediationRecordsDeliveredEvent event) {
        recordsDeliveredOn = event.deliveredOn();
        openDeadlines.remove(DeadlineKind.MEDIATION_RECORDS_DELIVERY);
    }

    @EventSourcingHandler
    void on(MediationRecordsDeliveryOverdueEvent event) {
        openDeadlines.remove(DeadlineKind.MEDIATION_RECORDS_DELIVERY);
    }

    @EventSourcingHandler
    void on(ArbitrationRequestedEvent event) {
        status = DisputeStatus.ARBITRATION_REQUESTED;
        open(event.panelFormation());
    }

    @EventSourcingHandler
    void on(ArbitrationPanelFormedEvent event) {
        status = DisputeStatus.IN_ARBITRATION;
        openDeadlines.remove(DeadlineKind.ARBITRATION_PANEL_FORMATION);
        open(event.decision());
    }

    @EventSourcingHandler
    void on(ArbitrationPanelFormationLapsedEvent event) {
        status = DisputeStatus.ARBITRATION_LAPSED;
        openDeadlines.remove(DeadlineKind.ARBITRATION_PANEL_FORMATION);
    }

    @EventSourcingHandler
    void on(ArbitrationDecisionIssuedEvent event) {
        status = DisputeStatus.ARBITRATION_DECIDED;
        openDeadlines.remove(DeadlineKind.ARBITRATION_DECISION);
    }

    @EventSourcingHandler
    void on(ArbitrationDecisionLapsedEvent event) {
        status = DisputeStatus.ARBITRATION_LAPSED;
        openDeadlines.remove(DeadlineKind.ARBITRATION_DECISION);
    }

    @EventSourcingHandler
    void on(ArbitrationComplianceRecordedEvent event) {
        status = event.complied() ? DisputeStatus.RESOLVED : DisputeStatus.ARBITRATION_NOT_COMPLIED;
    }

    @EventSourcingHandler
    void on(DisputeReferredToCourtEvent event) {
        status = DisputeStatus.IN_COURT;
    }

    @EventSourcingHandler
    void on(CourtJudgmentRecordedEvent event) {
        status = DisputeStatus.JUDGED;
    }

    @EventSourcingHandler
    void on(DisputeWithdrawnEvent event) {
        status = DisputeStatus.WITHDRAWN;
        openDeadlines.clear();
    }

    @EventSourcingHandler
    void on(DisputeClosedEvent event) {
        statusBeforeClosure = event.statusAtClosure();
        status = DisputeStatus.CLOSED;
        openDeadlines.clear();
    }

    @EventSourcingHandler
    void on(DisputeReopenedEvent event) {
        status = event.restoredStatus();
        statusBeforeClosure = null;
    }

    @EventSourcingHandler
    void on(StrikeOpinionCollectionStartedEvent event) {
        strike = StrikeProgress.opinionCollectionStarted(event);
    }

    @EventSourcingHandler
    void on(StrikeDecisionRecordedEvent event) {
        strike.on(event);
    }

    @EventSourcingHandler
    void on(StrikeNoticeRecordedEvent event) {
        strike.on(event);
    }

    @EventSourcingHandler
    void on(StrikeStartedEvent event) {
        strike = StrikeProgress.forStart(strike);
        strike.on(event);
    }

    @EventSourcingHandler
    void on(StrikeEndedEvent event) {
        strike.stage = StrikeStage.ENDED;
    }

    @EventSourcingHandler
    void on(StrikePostponedEvent event) {
        strike.on(event);
    }

    @EventSourcingHandler
    void on(StrikeCourtRulingRecordedEvent event) {
        strike.lawful = event.lawful();
    }

    private void open(LegalDeadline deadline) {
        openDeadlines.put(deadline.kind(), deadline);
    }

    // ---- read by DisputeStrikes

    DisputeId id() {
        return id;
    }

    DisputeKind kind() {
        return kind;
    }

    DisputeStatus status() {
        return status;
    }

    StrikeProgress strike() {
        return strike;
    }
}
