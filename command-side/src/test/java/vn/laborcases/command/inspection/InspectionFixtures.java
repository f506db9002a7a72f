package vn.laborcases.command.inspection;

import org.axonframework.test.aggregate.AggregateTestFixture;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.inspection.*;
import vn.laborcases.command.casenumber.CaseNumbers;
import vn.laborcases.rules.Deadlines;
import vn.laborcases.rules.Law;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test data for the inspection aggregate: a planned inspection of a Bình Dương-owned garment
 * factory in Hồ Chí Minh City, announced Mon 2 Mar 2026 (rule set VN-2025.07). The duration cap
 * is Thu 7 May (45 working days); the report on Mon 11 May makes the draft due Mon 18 May.
 */
final class InspectionFixtures {

    static final Law LAW = Law.vietnam();
    static final String RULES = "VN-2026.01";
    static final InspectionId INSPECTION = InspectionId.of("5d0e4c1a-7b2f-4a39-8c6d-1e2f3a4b5c6d");
    static final CaseNumber CASE_NUMBER = CaseNumber.of(CaseType.INSPECTION, Province.HO_CHI_MINH, java.time.Year.of(2026), 1);
    static final TaxCode TAX_CODE = TaxCode.of("0312345678");
    static final Enterprise ENTERPRISE = new Enterprise(TAX_CODE, "Công ty TNHH May mặc Phú Thịnh",
            Province.HO_CHI_MINH, 420, Ownership.FDI, "1410");
    static final List<InspectionScope> SCOPE = List.of(InspectionScope.LABOR_LAW, InspectionScope.SOCIAL_INSURANCE);

    static final LocalDate OPENED = LocalDate.of(2026, 2, 23);
    static final LocalDate DECIDED = LocalDate.of(2026, 2, 25);
    static final LocalDate ANNOUNCED = LocalDate.of(2026, 3, 2);
    static final LocalDate CAP_DUE = LocalDate.of(2026, 5, 7);
    static final LocalDate FIELDWORK_STARTED = LocalDate.of(2026, 3, 3);
    static final LocalDate FOUND = LocalDate.of(2026, 3, 10);
    static final LocalDate FIELDWORK_ENDED = LocalDate.of(2026, 5, 6);
    static final LocalDate REPORTED = LocalDate.of(2026, 5, 11);
    static final LocalDate DRAFT_DUE = LocalDate.of(2026, 5, 18);
    static final LocalDate DRAFTED = LocalDate.of(2026, 5, 15);
    static final LocalDate APPRAISED = LocalDate.of(2026, 5, 20);
    static final LocalDate CONCLUDED = LocalDate.of(2026, 5, 25);
    static final LocalDate REMEDY_DUE = LocalDate.of(2026, 6, 30);

    static final UUID WAGES_FINDING = UUID.fromString("a1000000-0000-4000-8000-000000000001");
    static final UUID SI_FINDING = UUID.fromString("a1000000-0000-4000-8000-000000000002");
    static final UUID SANCTION = UUID.fromString("b2000000-0000-4000-8000-000000000001");
    static final UUID REMEDIATION = UUID.fromString("c3000000-0000-4000-8000-000000000001");
    static final String WAGES_BASIS = "Labor Code 45/2019 Art 94";
    static final String DRAFT_ARTICLE = "Law on Inspection 84/2025/QH15 Art 34";
    static final String DURATION_BASIS = "Law on Inspection 84/2025/QH15; provincial duration cap and extension (verify)";

    private InspectionFixtures() {
    }

    /** A fixture whose finding history holds nothing, unless {@code prior} is given. */
    static AggregateTestFixture<InspectionCase> inspectionFixture(PriorFinding... prior) {
        var fixture = new AggregateTestFixture<>(InspectionCase.class);
        fixture.registerInjectableResource(LAW);
        fixture.registerInjectableResource((CaseNumbers) (type, province, year) -> CaseNumber.of(type, province, year, 1));
        List<PriorFinding> history = List.of(prior);
        fixture.registerInjectableResource((FindingHistory) (taxCode, category, from, to, excluding) ->
                history.stream().filter(p -> !p.foundOn().isBefore(from) && !p.foundOn().isAfter(to)
                        && !p.inspectionId().equals(excluding)).findFirst());
        return fixture;
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Deadlines.ZONE).toInstant();
    }

    static Instant lapseOf(LocalDate dueOn) {
        return startOf(dueOn.plusDays(1));
    }

    // ---- commands

    static StartInspectionCommand start() {
        return new StartInspectionCommand(INSPECTION, InspectionTrigger.PLANNED, null, SCOPE, ENTERPRISE, OPENED,
                "Annual plan 2026 of the provincial inspectorate");
    }

    static IssueInspectionDecisionCommand decide() {
        return new IssueInspectionDecisionCommand(INSPECTION, null, "123/QĐ-TTr", DECIDED, "inspector-79-004");
    }

    static AnnounceInspectionCommand announce() {
        return new AnnounceInspectionCommand(INSPECTION, null, ANNOUNCED);
    }

    static StartFieldworkCommand startFieldwork() {
        return new StartFieldworkCommand(INSPECTION, null, FIELDWORK_STARTED);
    }

    static EndFieldworkCommand endFieldwork(LocalDate on) {
        return new EndFieldworkCommand(INSPECTION, null, on);
    }

    static SubmitResultsReportCommand report() {
        return new SubmitResultsReportCommand(INSPECTION, null, REPORTED, "Wages late for 3 months; SI at the wrong level");
    }

    static RecordDraftConclusionCommand draft(LocalDate on) {
        return new RecordDraftConclusionCommand(INSPECTION, null, on, "Draft conclusion");
    }

    static RecordAppraisalCommand appraise() {
        return new RecordAppraisalCommand(INSPECTION, null, APPRAISED, "legal-dept-79", "Agreed");
    }

    static IssueConclusionCommand conclude() {
        return new IssueConclusionCommand(INSPECTION, null, "45/KL-TTr", CONCLUDED, "Violations confirmed");
    }

    static RecordFindingCommand wagesFinding(int workers) {
        return new RecordFindingCommand(INSPECTION, null, WAGES_FINDING, ViolationCategory.WAGES_LATE_OR_SHORT,
                WAGES_BASIS, "March wages paid 20 days late", workers, 1_260_000_000L, FOUND);
    }

    static ImposeSanctionCommand fine(long amount) {
        return new ImposeSanctionCommand(INSPECTION, null, SANCTION, WAGES_FINDING, Offender.ORGANISATION, amount,
                "88/QĐ-XPHC", CONCLUDED);
    }

    static OrderRemediationCommand orderRemedy() {
        return new OrderRemediationCommand(INSPECTION, null, REMEDIATION, WAGES_FINDING,
                "Pay the late wages with interest", CONCLUDED, REMEDY_DUE);
    }

    // ---- events

    static InspectionStartedEvent started() {
        return new InspectionStartedEvent(INSPECTION, CASE_NUMBER, InspectionTrigger.PLANNED, null, SCOPE, ENTERPRISE,
                OPENED, "Annual plan 2026 of the provincial inspectorate", RULES);
    }

    static LegalDeadline cap(LocalDate dueOn) {
        return new LegalDeadline(DeadlineKind.INSPECTION_DURATION, dueOn, DURATION_BASIS);
    }

    static FindingRecordedEvent wagesFound(int workers, PriorFinding repeatOf) {
        return new FindingRecordedEvent(INSPECTION, WAGES_FINDING, TAX_CODE, ViolationCategory.WAGES_LATE_OR_SHORT,
                WAGES_BASIS, "March wages paid 20 days late", workers, 1_260_000_000L, FOUND, repeatOf != null,
                repeatOf, 12, RULES);
    }

    static List<Object> inFieldwork() {
        return List.of(started(), new InspectionDecisionIssuedEvent(INSPECTION, "123/QĐ-TTr", DECIDED, "inspector-79-004"),
                new InspectionAnnouncedEvent(INSPECTION, ANNOUNCED, cap(CAP_DUE), RULES),
                new FieldworkStartedEvent(INSPECTION, FIELDWORK_STARTED));
    }

    static List<Object> reported() {
        return with(inFieldwork(), wagesFound(420, null), new FieldworkEndedEvent(INSPECTION, FIELDWORK_ENDED, false),
                new ResultsReportSubmittedEvent(INSPECTION, REPORTED, "Wages late",
                        new LegalDeadline(DeadlineKind.DRAFT_CONCLUSION, DRAFT_DUE, DRAFT_ARTICLE), RULES));
    }

    static List<Object> concluded() {
        return with(reported(), new DraftConclusionRecordedEvent(INSPECTION, DRAFTED, "Draft", false),
                new DraftConclusionAppraisedEvent(INSPECTION, APPRAISED, "legal-dept-79", "Agreed"),
                new InspectionConclusionIssuedEvent(INSPECTION, "45/KL-TTr", CONCLUDED, "Violations confirmed"));
    }

    static FineBand wagesBandForOrganisation() {
        return new FineBand(80_000_000, 100_000_000, "Decree 12/2022/ND-CP Art 17(2)");
    }

    static SanctionImposedEvent fined(long amount) {
        return new SanctionImposedEvent(INSPECTION, SANCTION, WAGES_FINDING, ViolationCategory.WAGES_LATE_OR_SHORT,
                Offender.ORGANISATION, amount, wagesBandForOrganisation(), "88/QĐ-XPHC", CONCLUDED, RULES);
    }

    static RemediationOrderedEvent remedyOrdered() {
        return new RemediationOrderedEvent(INSPECTION, REMEDIATION, WAGES_FINDING, "Pay the late wages with interest",
                CONCLUDED, REMEDY_DUE);
    }

    @SafeVarargs
    static <T> List<Object> with(List<T> history, Object... more) {
        var events = new ArrayList<Object>(history);
        events.addAll(List.of(more));
        return events;
    }
}
