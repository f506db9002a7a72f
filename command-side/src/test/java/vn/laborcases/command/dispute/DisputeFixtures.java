package vn.laborcases.command.dispute;

import org.axonframework.test.aggregate.AggregateTestFixture;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.DocumentRef;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.dispute.*;
import vn.laborcases.command.casenumber.CaseNumbers;
import vn.laborcases.rules.Deadlines;
import vn.laborcases.rules.Law;
import vn.laborcases.rules.RuleSet;
import vn.laborcases.rules.dispute.DisputeArticles;
import vn.laborcases.rules.dispute.DisputeDeadlines;
import vn.laborcases.rules.dispute.TimeBar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test data for the dispute aggregates: one dispute at a Ho Chi Minh City garment factory,
 * received on Monday 2 March 2026 (rule set VN-2026.01), with commands and events for every step.
 * Dates are chosen so that each statutory deadline is easy to check by hand:
 * mediator and mediation due Mon 9 Mar; the arbitration panel due Thu 19 Mar.
 */
final class DisputeFixtures {

    static final Law LAW = Law.vietnam();
    static final String RULES_2026 = "VN-2026.01";
    static final String RULES_2021 = "VN-2021.01";

    static final DisputeId DISPUTE = new DisputeId(UUID.fromString("3f1c2a4e-6b7d-4e8f-9a01-2b3c4d5e6f70"));
    static final Province PROVINCE = Province.HO_CHI_MINH;
    static final TaxCode EMPLOYER = TaxCode.of("0312345678");
    static final String EMPLOYER_NAME = "Công ty TNHH May mặc Phú Thịnh";
    static final String MEDIATOR = "HGV-79-017";

    static final LocalDate DISCOVERED = LocalDate.of(2026, 1, 15);
    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);          // Monday
    static final LocalDate MEDIATION_DUE = LocalDate.of(2026, 3, 9);     // 5 working days later
    static final LocalDate ASSIGNED = LocalDate.of(2026, 3, 3);
    static final LocalDate MEDIATION_ENDED = LocalDate.of(2026, 3, 6);   // Friday
    static final LocalDate RECORDS_DUE = LocalDate.of(2026, 3, 9);       // next working day
    static final LocalDate ARBITRATION_REQUESTED = LocalDate.of(2026, 3, 10);
    static final LocalDate PANEL_DUE = LocalDate.of(2026, 3, 19);        // 7 working days later
    static final LocalDate PANEL_FORMED = LocalDate.of(2026, 3, 16);
    static final LocalDate DECISION_DUE = LocalDate.of(2026, 4, 15);     // 30 days later
    static final LocalDate DECIDED = LocalDate.of(2026, 4, 6);

    static final CaseNumber CASE_NUMBER = new CaseNumber("LD-79-2026-000001");

    private DisputeFixtures() {
    }

    // ---- fixtures

    static AggregateTestFixture<DisputeCase> disputeFixture() {
        var fixture = new AggregateTestFixture<>(DisputeCase.class);
        fixture.registerInjectableResource(LAW);
        fixture.registerInjectableResource(firstNumberOfTheYear());
        return fixture;
    }

    /** Every case is the first of its type, province and year: LD-79-2026-000001. */
    static CaseNumbers firstNumberOfTheYear() {
        return (type, province, year) -> CaseNumber.of(type, province, year, 1);
    }

    static CaseNumber caseNumber(CaseType type, int year) {
        return CaseNumber.of(type, PROVINCE, Year.of(year), 1);
    }

    /** The first moment of a Vietnamese day. */
    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Deadlines.ZONE).toInstant();
    }

    /** When a deadline due on {@code dueOn} fires: the start of the next Vietnamese day. */
    static Instant lapseOf(LocalDate dueOn) {
        return startOf(dueOn.plusDays(1));
    }

    static RuleSet rulesOn(LocalDate day) {
        return LAW.on(day);
    }

    // ---- filing

    static Filing filing() {
        return new Filing();
    }

    /** A dispute being filed; defaults to an individual dispute sent to a mediator. */
    static final class Filing {
        DisputeKind kind = DisputeKind.INDIVIDUAL;
        MediationExemption exemption;
        Forum forum = Forum.MEDIATION;
        LocalDate discoveredOn = DISCOVERED;
        LocalDate receivedOn = RECEIVED;
        List<TolledPeriod> tolled = List.of();
        TimeBarOverride override;

        Filing kind(DisputeKind kind) {
            this.kind = kind;
            return this;
        }

        Filing collectiveInterests() {
            return kind(DisputeKind.COLLECTIVE_INTERESTS);
        }

        Filing exemptFromMediation(MediationExemption exemption, Forum forum) {
            this.exemption = exemption;
            this.forum = forum;
            return this;
        }

        Filing forum(Forum forum) {
            this.forum = forum;
            return this;
        }

        Filing exemption(MediationExemption exemption) {
            this.exemption = exemption;
            return this;
        }

        Filing discoveredOn(LocalDate discoveredOn) {
            this.discoveredOn = discoveredOn;
            return this;
        }

        Filing receivedOn(LocalDate receivedOn) {
            this.receivedOn = receivedOn;
            return this;
        }

        Filing tolled(TolledPeriod... periods) {
            this.tolled = List.of(periods);
            return this;
        }

        Filing override(TimeBarOverride override) {
            this.override = override;
            return this;
        }

        int workersInvolved() {
            return kind == DisputeKind.INDIVIDUAL ? 1 : 420;
        }

        String summary() {
            return kind == DisputeKind.COLLECTIVE_INTERESTS
                    ? "Workers ask for a 12% wage rise and a Tết bonus of one month's wage"
                    : "Overtime in December 2025 was not paid at 150%";
        }

        DisputeParty requestedBy() {
            return DisputeParty.WORKER_SIDE;
        }

        FileDisputeCommand command() {
            return new FileDisputeCommand(DISPUTE, kind, PROVINCE, EMPLOYER, EMPLOYER_NAME, requestedBy(), summary(),
                    workersInvolved(), exemption, forum, discoveredOn, receivedOn, tolled, override);
        }

        /** The event the aggregate records for {@link #command()}, for use as a given. */
        DisputeFiledEvent event() {
            RuleSet rules = rulesOn(receivedOn);
            TimeBarCheck timeBar = TimeBar.check(kind, forum, discoveredOn, receivedOn, tolled, override,
                    rules.disputes(), LAW.calendar());
            List<LegalDeadline> deadlines = forum == Forum.MEDIATION
                    ? List.of(DisputeDeadlines.mediatorAssignment(receivedOn, rules.disputes(), LAW.calendar()),
                    DisputeDeadlines.mediation(receivedOn, rules.disputes(), LAW.calendar()))
                    : List.of();
            return filedEvent(timeBar, deadlines, rules.version());
        }

        DisputeFiledEvent filedEvent(TimeBarCheck timeBar, List<LegalDeadline> deadlines, String version) {
            return new DisputeFiledEvent(DISPUTE, CaseNumber.of(CaseType.LABOR_DISPUTE, PROVINCE,
                    Year.from(receivedOn), 1), kind, PROVINCE, EMPLOYER, EMPLOYER_NAME, requestedBy(), summary(),
                    workersInvolved(), exemption, forum, discoveredOn, receivedOn, tolled, timeBar, deadlines, version);
        }
    }

    static DocumentRef document(String title) {
        return new DocumentRef(title, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }

    // ---- histories (given events)

    static List<Object> individualDisputeFiled() {
        return List.of(filing().event());
    }

    static List<Object> individualDisputeInMediation() {
        return List.of(filing().event(), mediatorAssigned(ASSIGNED));
    }

    static List<Object> individualDisputeAfterFailedMediation() {
        return List.of(filing().event(), mediatorAssigned(ASSIGNED), mediationFailed(MEDIATION_ENDED));
    }

    static List<Object> interestDisputeInMediation() {
        return List.of(filing().collectiveInterests().event(), mediatorAssigned(ASSIGNED));
    }

    static List<Object> interestDisputeAfterFailedMediation() {
        return List.of(filing().collectiveInterests().event(), mediatorAssigned(ASSIGNED),
                mediationFailed(MEDIATION_ENDED));
    }

    static List<Object> exemptDisputeFiled(Forum forum) {
        return List.of(filing().exemptFromMediation(MediationExemption.DISMISSAL_OR_UNILATERAL_TERMINATION, forum)
                .event());
    }

    static List<Object> inArbitration() {
        return with(individualDisputeAfterFailedMediation(), arbitrationRequested(ARBITRATION_REQUESTED),
                panelFormed(PANEL_FORMED));
    }

    @SafeVarargs
    static <T> List<Object> with(List<T> history, Object... more) {
        var events = new ArrayList<Object>(history);
        events.addAll(List.of(more));
        return events;
    }

    // ---- mediation

    static AssignMediatorCommand assignMediator(LocalDate on) {
        return new AssignMediatorCommand(DISPUTE, null, MEDIATOR, on);
    }

    static MediatorAssignedEvent mediatorAssigned(LocalDate on) {
        return new MediatorAssignedEvent(DISPUTE, MEDIATOR, on, false);
    }

    static RecordPartyAbsenceCommand absence(DisputeParty party, LocalDate sessionOn) {
        return new RecordPartyAbsenceCommand(DISPUTE, null, party, sessionOn);
    }

    static PartyAbsenceRecordedEvent absent(DisputeParty party, LocalDate sessionOn, int absences) {
        return new PartyAbsenceRecordedEvent(DISPUTE, party, sessionOn, absences);
    }

    static final String TERMS = "The employer pays the December overtime at 150% by 31 March 2026";
    static final String GROUNDS = "The employer refuses any wage rise before the next fiscal year";

    static RecordMediationSettlementCommand settle(LocalDate on) {
        return new RecordMediationSettlementCommand(DISPUTE, null, on, TERMS);
    }

    static RecordMediationFailureCommand fail(LocalDate on) {
        return new RecordMediationFailureCommand(DISPUTE, null, on, GROUNDS);
    }

    static LegalDeadline recordsDue(LocalDate on) {
        return new LegalDeadline(DeadlineKind.MEDIATION_RECORDS_DELIVERY, on,
                DisputeArticles.MEDIATION_RECORDS);
    }

    static MediationSettledEvent mediationSettled(LocalDate on) {
        return new MediationSettledEvent(DISPUTE, on, TERMS, DisputeDeadlines.recordsDelivery(on,
                rulesOn(on).disputes(), LAW.calendar()), rulesOn(on).version());
    }

    static MediationFailedEvent mediationFailed(LocalDate on) {
        return new MediationFailedEvent(DISPUTE, on, MediationFailureReason.NO_AGREEMENT, GROUNDS,
                DisputeDeadlines.recordsDelivery(on, rulesOn(on).disputes(), LAW.calendar()), rulesOn(on).version());
    }

    static MediationLapsedEvent mediationLapsed() {
        return new MediationLapsedEvent(DISPUTE, MEDIATION_DUE);
    }

    static RecordMediationRecordsDeliveredCommand deliverRecords(LocalDate on) {
        return new RecordMediationRecordsDeliveredCommand(DISPUTE, null, on);
    }

    // ---- arbitration and court

    static RequestArbitrationCommand requestArbitration(LocalDate on) {
        return requestArbitration(on, true, true);
    }

    static RequestArbitrationCommand requestArbitration(LocalDate on, boolean workerSide, boolean employerSide) {
        return new RequestArbitrationCommand(DISPUTE, null, on, workerSide, employerSide);
    }

    static ArbitrationRequestedEvent arbitrationRequested(LocalDate on) {
        RuleSet rules = rulesOn(on);
        return new ArbitrationRequestedEvent(DISPUTE, on, TimeBar.check(DisputeKind.INDIVIDUAL, Forum.ARBITRATION,
                DISCOVERED, on, List.of(), null, rules.disputes(), LAW.calendar()),
                DisputeDeadlines.panelFormation(on, rules.disputes(), LAW.calendar()), rules.version());
    }

    static final List<String> ARBITRATORS = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường");

    static FormArbitrationPanelCommand formPanel(LocalDate on) {
        return new FormArbitrationPanelCommand(DISPUTE, null, on, ARBITRATORS);
    }

    static ArbitrationPanelFormedEvent panelFormed(LocalDate on) {
        RuleSet rules = rulesOn(on);
        return new ArbitrationPanelFormedEvent(DISPUTE, on, ARBITRATORS, false,
                DisputeDeadlines.arbitrationDecision(on, rules.disputes(), LAW.calendar()), rules.version());
    }

    static final String DECISION = "The employer pays the overtime difference of 18,400,000 VND";

    static IssueArbitrationDecisionCommand issueDecision(LocalDate on) {
        return new IssueArbitrationDecisionCommand(DISPUTE, null, on, DECISION);
    }

    static ArbitrationDecisionIssuedEvent arbitrationDecided(LocalDate on) {
        return new ArbitrationDecisionIssuedEvent(DISPUTE, on, DECISION, false);
    }

    static RecordArbitrationComplianceCommand recordCompliance(LocalDate on, boolean complied) {
        return new RecordArbitrationComplianceCommand(DISPUTE, null, on, complied, "Checked at the factory");
    }

    static ArbitrationComplianceRecordedEvent complianceRecorded(LocalDate on, boolean complied) {
        return new ArbitrationComplianceRecordedEvent(DISPUTE, on, complied, "Checked at the factory");
    }

    static final String COURT = "Tòa án nhân dân Khu vực 1 - TP. Hồ Chí Minh";

    static ReferToCourtCommand referToCourt(LocalDate on) {
        return new ReferToCourtCommand(DISPUTE, null, on, COURT);
    }

    static DisputeReferredToCourtEvent referredToCourt(LocalDate on) {
        RuleSet rules = rulesOn(on);
        return new DisputeReferredToCourtEvent(DISPUTE, on, COURT, TimeBar.check(DisputeKind.INDIVIDUAL, Forum.COURT,
                DISCOVERED, on, List.of(), null, rules.disputes(), LAW.calendar()), rules.version());
    }

    static RecordCourtJudgmentCommand recordJudgment(LocalDate on) {
        return new RecordCourtJudgmentCommand(DISPUTE, null, on, "The claim is upheld in full");
    }

    // ---- withdrawal, closure, reopening

    static WithdrawDisputeCommand withdraw(LocalDate on) {
        return new WithdrawDisputeCommand(DISPUTE, null, on, "The worker and the employer agreed out of court");
    }

    static CloseDisputeCommand close(LocalDate on) {
        return new CloseDisputeCommand(DISPUTE, null, on, "File complete");
    }

    static DisputeClosedEvent closed(LocalDate on, DisputeStatus statusAtClosure) {
        return new DisputeClosedEvent(DISPUTE, on, "File complete", statusAtClosure);
    }

    static ReopenDisputeCommand reopen(LocalDate on) {
        return new ReopenDisputeCommand(DISPUTE, null, on, "New evidence from the worker");
    }
}
