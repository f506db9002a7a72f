package vn.laborcases.command.serialization;

import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.inspection.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One realistic, fully populated instance of every event and command of the inspection package.
 * The event samples are what the stored-event fixtures must read back as: never edit one to suit
 * the other.
 *
 * <p>The story: a wage-arrears complaint against a footwear plant in Đồng Nai (1,850 workers, FDI)
 * is referred to inspection (I1). Wages were paid late, again within a year of an earlier
 * inspection; the company is fined, settles, pays, and remedies late. A planned inspection (I2)
 * appears only in the variants.
 */
final class InspectionMessageSamples {

    static final InspectionId I1 = InspectionId.of("6e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b");
    static final InspectionId I2 = InspectionId.of("1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809");
    static final InspectionId EARLIER = InspectionId.of("0f9e8d7c-6b5a-4493-8271-605f4e3d2c1b");
    static final UUID FINDING = UUID.fromString("2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b");
    static final UUID SANCTION = UUID.fromString("3b4c5d6e-7f80-4912-8b2c-3d4e5f6a7b8c");
    static final UUID REMEDIATION = UUID.fromString("4c5d6e7f-8091-4a23-9c3d-4e5f6a7b8c9d");
    static final String RULES_2026 = "VN-2025.07";
    static final String DURATION_BASIS = "Law on Inspection 84/2025/QH15; provincial duration cap and extension (verify)";
    static final String ART_34 = "Law on Inspection 84/2025/QH15 Art 34";

    static final TaxCode TAN_PHU = TaxCode.of("3600123456");
    static final Enterprise PLANT = new Enterprise(TAN_PHU, "Công ty TNHH Giày Tân Phú", Province.DONG_NAI, 1850,
            Ownership.FDI, "1520");
    static final CaseLink COMPLAINT = new CaseLink(CaseType.WAGE_ARREARS,
            UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"), CaseNumber.parse("WA-75-2026-000031"));
    static final List<InspectionScope> SCOPE = List.of(InspectionScope.LABOR_LAW, InspectionScope.SOCIAL_INSURANCE);
    static final FineBand BAND = new FineBand(80_000_000, 100_000_000, "Decree 12/2022/ND-CP Art 17(2)");
    static final PriorFinding PRIOR = new PriorFinding(EARLIER, UUID.fromString("5d6e7f80-91a2-4b34-8d4e-5f6a7b8c9d0e"),
            LocalDate.of(2025, 9, 18));

    private InspectionMessageSamples() {
    }

    static Map<Class<?>, Object> events() {
        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        put(samples, new InspectionStartedEvent(I1, CaseNumber.parse("IN-75-2026-000007"), InspectionTrigger.COMPLAINT,
                COMPLAINT, SCOPE, PLANT, LocalDate.of(2026, 3, 2),
                "Complaint WA-75-2026-000031 referred: February wages unpaid for 1,200 workers", RULES_2026));
        put(samples, new InspectionDecisionIssuedEvent(I1, "57/QĐ-TTr", LocalDate.of(2026, 3, 4), "inspector-75-011"));
        // Announced Mon 9 Mar 2026: 45 working days, skipping 27 Apr, 30 Apr and 1 May, end Thu 14 May.
        put(samples, new InspectionAnnouncedEvent(I1, LocalDate.of(2026, 3, 9),
                new LegalDeadline(DeadlineKind.INSPECTION_DURATION, LocalDate.of(2026, 5, 14), DURATION_BASIS), RULES_2026));
        put(samples, new FieldworkStartedEvent(I1, LocalDate.of(2026, 3, 10)));
        put(samples, new InspectionExtendedEvent(I1, 1, LocalDate.of(2026, 5, 11), 10,
                "Payroll records are kept at the Bình Dương head office", LocalDate.of(2026, 5, 14),
                new LegalDeadline(DeadlineKind.INSPECTION_DURATION, LocalDate.of(2026, 5, 28), DURATION_BASIS), RULES_2026));
        put(samples, new InspectionDurationOverdueEvent(I1, LocalDate.of(2026, 5, 28)));
        put(samples, new FieldworkEndedEvent(I1, LocalDate.of(2026, 6, 1), true));
        put(samples, new ResultsReportSubmittedEvent(I1, LocalDate.of(2026, 6, 3),
                "February and March wages paid 25 days late to 1,200 workers",
                new LegalDeadline(DeadlineKind.DRAFT_CONCLUSION, LocalDate.of(2026, 6, 10), ART_34), RULES_2026));
        put(samples, new DraftConclusionOverdueEvent(I1, LocalDate.of(2026, 6, 10)));
        put(samples, new DraftConclusionRecordedEvent(I1, LocalDate.of(2026, 6, 12), "Draft conclusion 57/DKL", true));
        put(samples, new DraftConclusionAppraisedEvent(I1, LocalDate.of(2026, 6, 16), "legal-dept-75",
                "Agreed; cite Art 97(4) on compensation for late wages"));
        put(samples, new InspectionConclusionIssuedEvent(I1, "61/KL-TTr", LocalDate.of(2026, 6, 19),
                "Wages paid late in February and March 2026; repeat of the September 2025 violation"));
        put(samples, new FindingRecordedEvent(I1, FINDING, TAN_PHU, ViolationCategory.WAGES_LATE_OR_SHORT,
                "Labor Code 45/2019 Art 94", "February and March wages paid 25 days late", 1200, 14_880_000_000L,
                LocalDate.of(2026, 3, 12), true, PRIOR, 12, RULES_2026));
        put(samples, new FindingCorrectedEvent(I1, FINDING, "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                new FindingFacts(1200, 14_880_000_000L, "February and March wages paid 25 days late"),
                new FindingFacts(1250, 15_500_000_000L, "February and March wages paid 25 days late")));
        put(samples, new SanctionImposedEvent(I1, SANCTION, FINDING, ViolationCategory.WAGES_LATE_OR_SHORT,
                Offender.ORGANISATION, 95_000_000, BAND, "64/QĐ-XPHC", LocalDate.of(2026, 6, 22), RULES_2026));
        put(samples, new SanctionAmendedEvent(I1, SANCTION, SanctionChange.SETTLEMENT, 95_000_000, 95_000_000, 85_000_000,
                BAND, LocalDate.of(2026, 7, 6), "Mitigating circumstance: wages paid in full before the decision"));
        put(samples, new FinePaidEvent(I1, SANCTION, 85_000_000, LocalDate.of(2026, 7, 20), 85_000_000, 0));
        put(samples, new RemediationOrderedEvent(I1, REMEDIATION, FINDING,
                "Pay the late-payment compensation of Art 97(4) to the 1,200 workers", LocalDate.of(2026, 6, 22),
                LocalDate.of(2026, 7, 22)));
        put(samples, new RemediationOverdueEvent(I1, REMEDIATION, LocalDate.of(2026, 7, 22)));
        put(samples, new RemediationVerifiedEvent(I1, REMEDIATION, LocalDate.of(2026, 7, 29),
                "Bank statements of 27 Jul 2026 checked", true));
        put(samples, new RemediationWaivedEvent(I1, REMEDIATION, LocalDate.of(2026, 7, 29),
                "Compensation paid through the court settlement instead", "chief-inspector-75"));
        put(samples, new InspectionClosedEvent(I1, LocalDate.of(2026, 8, 3), "Fine paid and remedy verified",
                InspectionStatus.CONCLUDED));
        put(samples, new InspectionReopenedEvent(I1, LocalDate.of(2026, 9, 14),
                "Workers report the compensation was clawed back", InspectionStatus.CONCLUDED));
        return samples;
    }

    static Map<Class<?>, Object> commands() {
        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        put(samples, new StartInspectionCommand(I1, InspectionTrigger.COMPLAINT, COMPLAINT, SCOPE, PLANT,
                LocalDate.of(2026, 3, 2), "Complaint WA-75-2026-000031 referred"));
        put(samples, new IssueInspectionDecisionCommand(I1, 0L, "57/QĐ-TTr", LocalDate.of(2026, 3, 4), "inspector-75-011"));
        put(samples, new AnnounceInspectionCommand(I1, 1L, LocalDate.of(2026, 3, 9)));
        put(samples, new StartFieldworkCommand(I1, 2L, LocalDate.of(2026, 3, 10)));
        put(samples, new EndFieldworkCommand(I1, 5L, LocalDate.of(2026, 6, 1)));
        put(samples, new ExtendInspectionCommand(I1, 4L, LocalDate.of(2026, 5, 11), 10,
                "Payroll records are kept at the Bình Dương head office"));
        put(samples, new SubmitResultsReportCommand(I1, 6L, LocalDate.of(2026, 6, 3), "Wages paid 25 days late"));
        put(samples, new RecordDraftConclusionCommand(I1, 7L, LocalDate.of(2026, 6, 12), "Draft conclusion 57/DKL"));
        put(samples, new RecordAppraisalCommand(I1, 8L, LocalDate.of(2026, 6, 16), "legal-dept-75", "Agreed"));
        put(samples, new IssueConclusionCommand(I1, 9L, "61/KL-TTr", LocalDate.of(2026, 6, 19), "Wages paid late"));
        put(samples, new RecordFindingCommand(I1, 3L, FINDING, ViolationCategory.WAGES_LATE_OR_SHORT,
                "Labor Code 45/2019 Art 94", "February and March wages paid 25 days late", 1200, 14_880_000_000L,
                LocalDate.of(2026, 3, 12)));
        put(samples, new CorrectFindingCommand(I1, 4L, FINDING, "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", 1250,
                15_500_000_000L, "February and March wages paid 25 days late, head office included",
                "The payroll of the Bình Dương office lists 50 more workers"));
        put(samples, new ImposeSanctionCommand(I1, 10L, SANCTION, FINDING, Offender.ORGANISATION, 95_000_000,
                "64/QĐ-XPHC", LocalDate.of(2026, 6, 22)));
        put(samples, new AmendSanctionCommand(I1, 11L, SANCTION, SanctionChange.SETTLEMENT, 85_000_000,
                LocalDate.of(2026, 7, 6), "Wages paid in full before the decision"));
        put(samples, new RecordFinePaymentCommand(I1, 12L, SANCTION, 85_000_000, LocalDate.of(2026, 7, 20)));
        put(samples, new OrderRemediationCommand(I1, 11L, REMEDIATION, FINDING, "Pay the Art 97(4) compensation",
                LocalDate.of(2026, 6, 22), LocalDate.of(2026, 7, 22)));
        put(samples, new VerifyRemediationCommand(I1, 14L, REMEDIATION, LocalDate.of(2026, 7, 29), "Bank statements checked"));
        put(samples, new WaiveRemediationCommand(I1, 14L, REMEDIATION, LocalDate.of(2026, 7, 29),
                "Paid through the court settlement", "chief-inspector-75"));
        put(samples, new CloseInspectionCommand(I1, 15L, LocalDate.of(2026, 8, 3), "Fine paid and remedy verified"));
        put(samples, new ReopenInspectionCommand(I1, 16L, LocalDate.of(2026, 9, 14), "Compensation clawed back"));
        return samples;
    }

    /** A planned inspection with no source case; a first violation with no earlier one. */
    static List<Object> variants() {
        return List.of(
                new StartInspectionCommand(I2, InspectionTrigger.PLANNED, null, List.of(InspectionScope.OSH),
                        new Enterprise(TaxCode.of("0101234567-001"), "Chi nhánh Công ty CP Thép Hà Nội", Province.HA_NOI,
                                85, Ownership.STATE, "2410"), LocalDate.of(2026, 2, 2), null),
                new InspectionStartedEvent(I2, CaseNumber.parse("IN-01-2026-000002"), InspectionTrigger.PLANNED, null,
                        List.of(InspectionScope.OSH), PLANT, LocalDate.of(2026, 2, 2), null, RULES_2026),
                new FindingRecordedEvent(I2, FINDING, TAN_PHU, ViolationCategory.OSH, "Labor Code 45/2019 Art 133",
                        "No OSH training for new hires", 40, 0, LocalDate.of(2026, 2, 10), false, null, 12, RULES_2026),
                new CorrectFindingCommand(I2, null, FINDING, null, null, null, "No OSH training for 40 new hires",
                        "Description made precise"));
    }

    private static void put(Map<Class<?>, Object> samples, Object message) {
        samples.put(message.getClass(), message);
    }
}
