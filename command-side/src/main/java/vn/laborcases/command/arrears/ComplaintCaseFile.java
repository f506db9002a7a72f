package vn.laborcases.command.arrears;

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
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.arrears.*;
import vn.laborcases.api.dispute.DisputeId;
import vn.laborcases.api.personaldata.SealedPersonalData;
import vn.laborcases.command.CaseStanding;
import vn.laborcases.command.LatestRecord;
import vn.laborcases.rules.RuleSets;
import vn.laborcases.rules.arrears.ArrearsBalance;
import vn.laborcases.rules.arrears.PaymentAllocations.LineDebt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * A complaint's case file as its events have built it. Only the event-sourcing handlers here
 * change it; {@link ComplaintCase} decides on commands by reading it.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
abstract class ComplaintCaseFile implements CaseStanding {

    @AggregateIdentifier
    ComplaintId id;
    CaseNumber caseNumber;
    Province province;
    TaxCode enterpriseTaxCode;
    String enterpriseName;
    WageRegion region;
    Complainant complainant;
    int workersAffected;
    /** Sealed: the case file never holds a worker's identity in clear. */
    List<SealedPersonalData> workers = new ArrayList<>();
    LocalDate receivedOn;
    ComplaintStatus status;
    ComplaintStatus statusBeforeClosure;
    DisputeId linkedDispute;
    boolean newDisputeRequested;
    ReferralTarget referredTo;
    Map<DeadlineKind, LegalDeadline> openDeadlines = new EnumMap<>(DeadlineKind.class);
    /** Kept after a deadline lapses, so that a step taken later is still recorded as late. */
    Map<DeadlineKind, LocalDate> dueDates = new EnumMap<>(DeadlineKind.class);
    List<ClaimLine> lines = new ArrayList<>();
    /** Per line number: the event a correction of the line must point at. */
    Map<Integer, LatestRecord> lineRecords = new HashMap<>();
    Set<Integer> evadedLines = new HashSet<>();
    boolean employerNotified;
    LocalDate amountsDeterminedOn;
    List<DepositRate> depositRates = new ArrayList<>();
    List<Instalment> paymentPlan = List.of();
    List<ArrearsBalance.Payment> payments = new ArrayList<>();

    @Override
    public CaseType caseType() {
        return CaseType.WAGE_ARREARS;
    }

    @Override
    public ComplaintState state() {
        List<ComplaintState.Line> views = lines.stream().map(line -> new ComplaintState.Line(line.lineNo(),
                line.kind(), line.periodFrom(), line.periodTo(), line.principal(), line.dueOn(),
                line.monthlyWagePerWorker(), line.belowMinimumWage(), line.evasionFrom(),
                evadedLines.contains(line.lineNo()), paidOn(line.lineNo(), null),
                line.principal() - paidOn(line.lineNo(), null))).toList();
        long owed = lines.stream().mapToLong(ClaimLine::principal).sum();
        long paid = views.stream().mapToLong(ComplaintState.Line::paid).sum();
        return new ComplaintState(id.value(), caseNumber.value(), getVersion(), status, province, enterpriseTaxCode,
                enterpriseName, region, complainant, workersAffected, List.copyOf(workers), linkedDispute, newDisputeRequested, referredTo,
                List.copyOf(openDeadlines.values()), views, amountsDeterminedOn, paymentPlan, owed, paid, owed - paid);
    }

    ComplaintBalance balance(LocalDate asOf, RuleSets ruleSets) {
        List<ArrearsBalance.Line> facts = lines.stream()
                .map(line -> new ArrearsBalance.Line(line.lineNo(), line.kind(), line.principal(), line.dueOn()))
                .toList();
        ArrearsBalance.Balance balance = ArrearsBalance.asOf(asOf, facts, payments, depositRates, ruleSets);
        return new ComplaintBalance(id.value(), caseNumber.value(), getVersion(), asOf, balance.lines(),
                balance.owed(), balance.paid(), balance.outstanding(), balance.interest());
    }

    /** What each line still owes, for the allocation of a new payment. */
    List<LineDebt> debts() {
        return lines.stream().map(line -> new LineDebt(line.lineNo(), line.kind(), line.dueOn(),
                line.principal() - paidOn(line.lineNo(), null))).toList();
    }

    long outstanding() {
        return debts().stream().mapToLong(LineDebt::outstanding).sum();
    }

    /** Paid on a line by payments made before {@code before} (null: all payments). */
    long paidOn(int lineNo, LocalDate before) {
        return payments.stream().filter(payment -> before == null || payment.paidOn().isBefore(before))
                .flatMap(payment -> payment.allocations().stream())
                .filter(allocation -> allocation.lineNo() == lineNo).mapToLong(PaymentAllocation::amount).sum();
    }

    // ---- state changes

    @EventSourcingHandler
    void on(ComplaintRegisteredEvent event) {
        id = event.complaintId();
        caseNumber = event.caseNumber();
        province = event.province();
        enterpriseTaxCode = event.enterpriseTaxCode();
        enterpriseName = event.enterpriseName();
        region = event.region();
        complainant = event.complainant();
        workersAffected = event.workersAffected();
        receivedOn = event.receivedOn();
        status = ComplaintStatus.REGISTERED;
        event.deadlines().forEach(this::open);
    }

    @EventSourcingHandler
    void on(WorkersNamedEvent event) {
        workers.addAll(event.workers());
    }

    @EventSourcingHandler
    void on(ComplaintTreatedAsComplaintEvent event) {
        status = ComplaintStatus.AWAITING_ACCEPTANCE;
    }

    @EventSourcingHandler
    void on(ComplaintTreatedAsDisputeEvent event) {
        status = ComplaintStatus.TREATED_AS_DISPUTE;
        linkedDispute = event.linkedDispute();
        newDisputeRequested = event.newDisputeRequested();
        openDeadlines.remove(DeadlineKind.COMPLAINT_ACCEPTANCE);
    }

    @EventSourcingHandler
    void on(ComplaintReferredEvent event) {
        status = ComplaintStatus.REFERRED;
        referredTo = event.target();
        openDeadlines.remove(DeadlineKind.COMPLAINT_ACCEPTANCE);
    }

    @EventSourcingHandler
    void on(ComplaintAcceptedEvent event) {
        status = ComplaintStatus.ACCEPTED;
        openDeadlines.remove(DeadlineKind.COMPLAINT_ACCEPTANCE);
        open(event.firstDecision());
    }

    @EventSourcingHandler
    void on(ComplaintRefusedEvent event) {
        status = ComplaintStatus.REFUSED;
        openDeadlines.remove(DeadlineKind.COMPLAINT_ACCEPTANCE);
    }

    @EventSourcingHandler
    void on(ComplaintAcceptanceOverdueEvent event) {
        openDeadlines.remove(DeadlineKind.COMPLAINT_ACCEPTANCE);
    }

    @EventSourcingHandler
    void on(FirstComplaintDecisionIssuedEvent event) {
        status = ComplaintStatus.FIRST_DECIDED;
        openDeadlines.remove(DeadlineKind.FIRST_COMPLAINT_DECISION);
        open(event.secondComplaintFiling());
    }

    @EventSourcingHandler
    void on(FirstComplaintDecisionOverdueEvent event) {
        status = ComplaintStatus.FIRST_DECISION_OVERDUE;
        openDeadlines.remove(DeadlineKind.FIRST_COMPLAINT_DECISION);
        open(event.secondComplaintFiling());
    }

    @EventSourcingHandler
    void on(SecondComplaintAcceptedEvent event) {
        status = ComplaintStatus.SECOND_COMPLAINT_ACCEPTED;
        openDeadlines.remove(DeadlineKind.SECOND_COMPLAINT_FILING);
        open(event.secondDecision());
    }

    @EventSourcingHandler
    void on(SecondComplaintWindowClosedEvent event) {
        openDeadlines.remove(DeadlineKind.SECOND_COMPLAINT_FILING);
    }

    @EventSourcingHandler
    void on(SecondComplaintDecisionIssuedEvent event) {
        status = ComplaintStatus.SECOND_DECIDED;
        openDeadlines.remove(DeadlineKind.SECOND_COMPLAINT_DECISION);
    }

    @EventSourcingHandler
    void on(SecondComplaintDecisionOverdueEvent event) {
        openDeadlines.remove(DeadlineKind.SECOND_COMPLAINT_DECISION);
    }

    @EventSourcingHandler
    void on(ClaimLineAddedEvent event, @MessageIdentifier String eventId,
            @MetaDataValue(Envelope.BUSINESS_TIME) String businessTime,
            @Timestamp Instant recordedAt) {
        lines.add(ClaimLine.from(event));
        lineRecords.put(event.lineNo(), LatestRecord.of(eventId, businessTime, recordedAt));
    }

    @EventSourcingHandler
    void on(ClaimLineCorrectedEvent event, @MessageIdentifier String eventId,
            @MetaDataValue(Envelope.BUSINESS_TIME) String businessTime,
            @Timestamp Instant recordedAt) {
        lines.replaceAll(line -> line.lineNo() == event.lineNo() ? line.corrected(event) : line);
        lineRecords.put(event.lineNo(), LatestRecord.of(eventId, businessTime, recordedAt));
    }

    @EventSourcingHandler
    void on(EmployerNotifiedEvent event) {
        employerNotified = true;
    }

    @EventSourcingHandler
    void on(AmountsDeterminedEvent event) {
        amountsDeterminedOn = event.determinedOn();
    }

    @EventSourcingHandler
    void on(DepositRateRecordedEvent event) {
        depositRates.add(event.rate());
    }

    @EventSourcingHandler
    void on(PaymentPlanAgreedEvent event) {
        paymentPlan = List.copyOf(event.instalments());
    }

    @EventSourcingHandler
    void on(PaymentRecordedEvent event) {
        payments.add(new ArrearsBalance.Payment(event.paidOn(), List.copyOf(event.allocations())));
    }

    @EventSourcingHandler
    void on(SocialInsuranceEvasionEvent event) {
        evadedLines.add(event.lineNo());
    }

    @EventSourcingHandler
    void on(ComplaintClosedEvent event) {
        statusBeforeClosure = event.statusAtClosure();
        status = ComplaintStatus.CLOSED;
        openDeadlines.clear();
    }

    @EventSourcingHandler
    void on(ComplaintReopenedEvent event) {
        status = event.restoredStatus();
        statusBeforeClosure = null;
    }

    private void open(LegalDeadline deadline) {
        openDeadlines.put(deadline.kind(), deadline);
        dueDates.put(deadline.kind(), deadline.dueOn());
    }
}
