package vn.laborcases.command.serialization;

import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.DocumentRef;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.dispute.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One realistic, fully populated instance of every event and command of the dispute package.
 * The event samples are also what the stored-event fixtures must read back as, so changing a
 * value here means the matching fixture no longer matches: never edit one to suit the other.
 *
 * <p>The story: a dismissed worker of an electronics firm in Hồ Chí Minh City, tolled for a
 * hospital stay, goes through mediation, arbitration and court (D1); another dismissal reaches
 * court past its time bar on recorded evidence (D2); a garment union's interest dispute ends in a
 * strike (D3); a spontaneous stoppage at a footwear plant in Đồng Nai (WS1).
 */
final class DisputeMessageSamples {

    static final DisputeId D1 = DisputeId.of("3f2c8a6e-5b1d-4c7e-9a0f-2d6b8e4c1a97");
    static final DisputeId D2 = DisputeId.of("b71e0d44-9c3a-4f18-8e25-6a0c3d9f7b12");
    static final DisputeId D3 = DisputeId.of("0c9d5e21-7a4b-4b6e-b3f8-91e2d7a6c540");
    static final WorkStoppageId WS1 = new WorkStoppageId(UUID.fromString("e4a1b7c9-2d3f-4e5a-8b6c-7d8e9f0a1b2c"));

    static final String RULES_2026 = "VN-2025.07";
    static final String TIME_BAR = "Labor Code 45/2019 Art 190";
    static final String ARBITRATION_PERIODS = "Labor Code 45/2019 Art 189(2)";
    static final String MEDIATION_RECORDS = "Labor Code 45/2019 Art 188(4)";

    static final TaxCode SAO_MAI = TaxCode.of("0312345678");
    static final TaxCode PHU_THINH_BRANCH = TaxCode.of("0301122334-002");
    static final TaxCode TAN_PHU = TaxCode.of("3600123456");

    static final DocumentRef DISCHARGE_PAPER = new DocumentRef("Giấy ra viện, Bệnh viện Chợ Rẫy, 16/11/2025",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    static final DocumentRef CONSULAR_LETTER = new DocumentRef("Consular letter: worker held abroad until 28 Feb 2026",
            "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
    static final DocumentRef FLIGHT_RECORD = new DocumentRef("Return flight record, 1 Mar 2026",
            "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9");

    static final TolledPeriod HOSPITAL_STAY = new TolledPeriod(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 16),
            "In hospital after a road accident (objective obstacle)", DISCHARGE_PAPER);
    static final TimeBarOverride HELD_ABROAD = new TimeBarOverride(
            "The worker was held abroad and could not file until he returned on 1 Mar 2026",
            List.of(CONSULAR_LETTER, FLIGHT_RECORD));

    /** Discovered Wed 15 Oct 2025; 14 tolled days move the start to 29 Oct, so the limits are 29 Apr/Jul/Oct 2026. */
    static TimeBarCheck d1TimeBar(Forum forum, LocalDate requestedOn, LocalDate limitOn) {
        return new TimeBarCheck(forum, LocalDate.of(2025, 10, 15), requestedOn, limitOn, 14, false, null, TIME_BAR);
    }

    static final StrikeViolation EMPLOYER_TOLD_TOO_LATE = new StrikeViolation("Labor Code 45/2019 Arts 201, 204(3)",
            "The employer must be told at least 1 day(s) before opinions are collected");
    static final StrikeViolation NOTICE_TOO_SHORT = new StrikeViolation("Labor Code 45/2019 Arts 202(3), 204(3)",
            "The notice must go out at least 5 working days before the strike; it may begin on 2026-03-24 at the earliest");

    private DisputeMessageSamples() {
    }

    static Map<Class<?>, Object> events() {
        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        put(samples, new DisputeFiledEvent(D1, CaseNumber.parse("LD-79-2026-000042"), DisputeKind.INDIVIDUAL,
                Province.HO_CHI_MINH, SAO_MAI, "Công ty TNHH Điện tử Sao Mai", DisputeParty.WORKER_SIDE,
                "Dismissed on 15 Oct 2025 without a disciplinary meeting; asks for reinstatement and back pay", 1,
                MediationExemption.DISMISSAL_OR_UNILATERAL_TERMINATION, Forum.MEDIATION,
                LocalDate.of(2025, 10, 15), LocalDate.of(2026, 4, 22), List.of(HOSPITAL_STAY),
                d1TimeBar(Forum.MEDIATION, LocalDate.of(2026, 4, 22), LocalDate.of(2026, 4, 29)),
                // Received Wed 22 Apr 2026: 27 Apr, 30 Apr and 1 May are off, so 5 working days end Mon 4 May.
                List.of(new LegalDeadline(DeadlineKind.MEDIATOR_ASSIGNMENT, LocalDate.of(2026, 5, 4),
                                "Decree 145/2020/ND-CP Art 95"),
                        new LegalDeadline(DeadlineKind.MEDIATION, LocalDate.of(2026, 5, 4),
                                "Labor Code 45/2019 Art 188(2)")),
                RULES_2026));
        put(samples, new MediatorAssignedEvent(D1, "mediator-79-017", LocalDate.of(2026, 4, 24), false));
        put(samples, new MediatorAssignmentOverdueEvent(D1, LocalDate.of(2026, 5, 4)));
        put(samples, new PartyAbsenceRecordedEvent(D1, DisputeParty.EMPLOYER_SIDE, LocalDate.of(2026, 4, 28), 1));
        put(samples, new MediationSettledEvent(D1, LocalDate.of(2026, 4, 29),
                "Reinstatement from 4 May 2026 and 18,600,000 VND back pay by 15 May 2026",
                new LegalDeadline(DeadlineKind.MEDIATION_RECORDS_DELIVERY, LocalDate.of(2026, 5, 4), MEDIATION_RECORDS),
                RULES_2026));
        put(samples, new MediationFailedEvent(D1, LocalDate.of(2026, 4, 29), MediationFailureReason.NO_AGREEMENT,
                "The employer maintains the dismissal and offers no severance",
                new LegalDeadline(DeadlineKind.MEDIATION_RECORDS_DELIVERY, LocalDate.of(2026, 5, 4), MEDIATION_RECORDS),
                RULES_2026));
        put(samples, new MediationLapsedEvent(D1, LocalDate.of(2026, 5, 4)));
        put(samples, new DisputeFilingCorrectedEvent(D1, "7c1d2e3f-4a5b-4c6d-9e7f-8a9b0c1d2e3f",
                new DisputeFilingFacts(1, "Dismissed on 15 Oct 2025 without a disciplinary meeting; asks for"
                        + " reinstatement and back pay", "Công ty TNHH Điện tử Sao Mai"),
                new DisputeFilingFacts(1, "Dismissed on 15 Oct 2025 without a disciplinary meeting; asks for"
                        + " reinstatement and back pay", "Công ty TNHH Điện tử Sao Mai Việt Nam")));
        put(samples, new MediationRecordsDeliveredEvent(D1, LocalDate.of(2026, 5, 4), false));
        put(samples, new MediationRecordsDeliveryOverdueEvent(D1, LocalDate.of(2026, 5, 4)));
        put(samples, new ArbitrationRequestedEvent(D1, LocalDate.of(2026, 5, 6),
                d1TimeBar(Forum.ARBITRATION, LocalDate.of(2026, 5, 6), LocalDate.of(2026, 7, 29)),
                new LegalDeadline(DeadlineKind.ARBITRATION_PANEL_FORMATION, LocalDate.of(2026, 5, 15), ARBITRATION_PERIODS),
                RULES_2026));
        put(samples, new ArbitrationPanelFormationLapsedEvent(D1, LocalDate.of(2026, 5, 15)));
        put(samples, new ArbitrationPanelFormedEvent(D1, LocalDate.of(2026, 5, 14),
                List.of("Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Phúc"), false,
                // 30 days from Thu 14 May is Sat 13 Jun, so the decision is due Mon 15 Jun.
                new LegalDeadline(DeadlineKind.ARBITRATION_DECISION, LocalDate.of(2026, 6, 15), ARBITRATION_PERIODS),
                RULES_2026));
        put(samples, new ArbitrationDecisionIssuedEvent(D1, LocalDate.of(2026, 6, 10),
                "The dismissal was unlawful; reinstate the worker and pay wages for the days out of work", false));
        put(samples, new ArbitrationDecisionLapsedEvent(D1, LocalDate.of(2026, 6, 15)));
        put(samples, new ArbitrationComplianceRecordedEvent(D1, LocalDate.of(2026, 6, 25), false,
                "The employer has not reinstated the worker ten days after the decision"));
        put(samples, new DisputeReferredToCourtEvent(D2, LocalDate.of(2026, 4, 15),
                "Tòa án nhân dân khu vực 1 - TP Hồ Chí Minh",
                // Discovered Mon 10 Mar 2025: the one-year bar for the court ended Tue 10 Mar 2026.
                new TimeBarCheck(Forum.COURT, LocalDate.of(2025, 3, 10), LocalDate.of(2026, 4, 15),
                        LocalDate.of(2026, 3, 10), 0, true, HELD_ABROAD, TIME_BAR),
                RULES_2026));
        put(samples, new CourtJudgmentRecordedEvent(D1, LocalDate.of(2026, 11, 20),
                "First-instance judgment: the dismissal is annulled; 74,400,000 VND in wages and damages"));
        put(samples, new DisputeWithdrawnEvent(D1, LocalDate.of(2026, 5, 5),
                "The worker accepted a new post at another firm and withdrew the request"));
        put(samples, new DisputeClosedEvent(D1, LocalDate.of(2026, 12, 1), "Judgment enforced; file archived",
                DisputeStatus.JUDGED));
        put(samples, new DisputeReopenedEvent(D1, LocalDate.of(2026, 12, 10),
                "The employer appealed; the file is needed for the appellate court", DisputeStatus.JUDGED));
        put(samples, new StrikeOpinionCollectionStartedEvent(D3,
                "Công đoàn cơ sở Công ty TNHH May mặc Phú Thịnh", true, OpinionCollectionMethod.ALL_EMPLOYEES,
                LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9), List.of(EMPLOYER_TOLD_TOO_LATE), RULES_2026));
        put(samples, new StrikeDecisionRecordedEvent(D3, LocalDate.of(2026, 3, 16), 1240, 811, true,
                List.of(EMPLOYER_TOLD_TOO_LATE), RULES_2026));
        put(samples, new StrikeNoticeRecordedEvent(D3, LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 23),
                LocalDate.of(2026, 3, 24), List.of(EMPLOYER_TOLD_TOO_LATE, NOTICE_TOO_SHORT), RULES_2026));
        put(samples, new StrikePostponedEvent(D3, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 20), false,
                "Chủ tịch Ủy ban nhân dân TP Hồ Chí Minh"));
        put(samples, new StrikeStartedEvent(D3, LocalDate.of(2026, 3, 23), 1100, false,
                List.of(EMPLOYER_TOLD_TOO_LATE, NOTICE_TOO_SHORT,
                        new StrikeViolation("Labor Code 45/2019 Arts 204(6), 210",
                                "The strike was postponed until 2026-04-20")),
                RULES_2026));
        put(samples, new StrikeEndedEvent(D3, LocalDate.of(2026, 3, 26)));
        put(samples, new StrikeCourtRulingRecordedEvent(D3, LocalDate.of(2026, 4, 10), false,
                "Tòa án nhân dân TP Hồ Chí Minh",
                "Unlawful: begun during a postponement and on less than 5 working days' notice"));
        put(samples, new WorkStoppageReportedEvent(WS1, CaseNumber.parse("WS-75-2026-000007"), Province.DONG_NAI,
                TAN_PHU, "Công ty TNHH Giày da Tân Phú", 2300,
                List.of("Pay the Tết bonus before 10 Feb", "Raise the meal allowance to 30,000 VND a shift"),
                LocalDate.of(2026, 1, 5), D3, false,
                List.of(new StrikeViolation("Labor Code 45/2019 Arts 198, 204(2)",
                                "Not organised by a workers' representative organisation with bargaining rights"),
                        new StrikeViolation("Labor Code 45/2019 Arts 201, 204(3)",
                                "No opinion collection, decision or notice under Arts 201-202")),
                RULES_2026));
        put(samples, new WorkStoppageEndedEvent(WS1, LocalDate.of(2026, 1, 7),
                "The employer agreed to pay the Tết bonus on 15 Jan; the workers returned"));
        return samples;
    }

    static Map<Class<?>, Object> commands() {
        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        put(samples, new CorrectDisputeFilingCommand(D1, 2L, "7c1d2e3f-4a5b-4c6d-9e7f-8a9b0c1d2e3f", 1,
                "Dismissed on 15 Oct 2025 without a disciplinary meeting; asks for reinstatement and back pay",
                "Công ty TNHH Điện tử Sao Mai Việt Nam", "The business registration gives the full name"));
        put(samples, new FileDisputeCommand(D1, DisputeKind.INDIVIDUAL, Province.HO_CHI_MINH, SAO_MAI,
                "Công ty TNHH Điện tử Sao Mai", DisputeParty.WORKER_SIDE,
                "Dismissed on 15 Oct 2025 without a disciplinary meeting; asks for reinstatement and back pay", 1,
                MediationExemption.DISMISSAL_OR_UNILATERAL_TERMINATION, Forum.MEDIATION,
                LocalDate.of(2025, 10, 15), LocalDate.of(2026, 4, 22), List.of(HOSPITAL_STAY), HELD_ABROAD));
        put(samples, new AssignMediatorCommand(D1, 1L, "mediator-79-017", LocalDate.of(2026, 4, 24)));
        put(samples, new RecordPartyAbsenceCommand(D1, 2L, DisputeParty.EMPLOYER_SIDE, LocalDate.of(2026, 4, 28)));
        put(samples, new RecordMediationSettlementCommand(D1, 3L, LocalDate.of(2026, 4, 29),
                "Reinstatement from 4 May 2026 and 18,600,000 VND back pay by 15 May 2026"));
        put(samples, new RecordMediationFailureCommand(D1, 3L, LocalDate.of(2026, 4, 29),
                "The employer maintains the dismissal and offers no severance"));
        put(samples, new RecordMediationRecordsDeliveredCommand(D1, 4L, LocalDate.of(2026, 5, 4)));
        put(samples, new RequestArbitrationCommand(D1, 5L, LocalDate.of(2026, 5, 6), true, true));
        put(samples, new FormArbitrationPanelCommand(D1, 6L, LocalDate.of(2026, 5, 14),
                List.of("Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Phúc")));
        put(samples, new IssueArbitrationDecisionCommand(D1, 7L, LocalDate.of(2026, 6, 10),
                "The dismissal was unlawful; reinstate the worker and pay wages for the days out of work"));
        put(samples, new RecordArbitrationComplianceCommand(D1, 8L, LocalDate.of(2026, 6, 25), false,
                "The employer has not reinstated the worker ten days after the decision"));
        put(samples, new ReferToCourtCommand(D1, 9L, LocalDate.of(2026, 7, 1),
                "Tòa án nhân dân khu vực 1 - TP Hồ Chí Minh"));
        put(samples, new RecordCourtJudgmentCommand(D1, 10L, LocalDate.of(2026, 11, 20),
                "First-instance judgment: the dismissal is annulled; 74,400,000 VND in wages and damages"));
        put(samples, new WithdrawDisputeCommand(D1, 2L, LocalDate.of(2026, 5, 5),
                "The worker accepted a new post at another firm and withdrew the request"));
        put(samples, new CloseDisputeCommand(D1, 11L, LocalDate.of(2026, 12, 1), "Judgment enforced; file archived"));
        put(samples, new ReopenDisputeCommand(D1, 12L, LocalDate.of(2026, 12, 10),
                "The employer appealed; the file is needed for the appellate court"));
        put(samples, new StartStrikeOpinionCollectionCommand(D3, 4L, "Công đoàn cơ sở Công ty TNHH May mặc Phú Thịnh",
                true, OpinionCollectionMethod.REPRESENTATIVE_BOARD, LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9)));
        put(samples, new RecordStrikeDecisionCommand(D3, 5L, LocalDate.of(2026, 3, 16), 1240, 811));
        put(samples, new RecordStrikeNoticeCommand(D3, 6L, LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 24)));
        put(samples, new RecordStrikePostponementCommand(D3, 7L, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 20),
                false, "Chủ tịch Ủy ban nhân dân TP Hồ Chí Minh"));
        put(samples, new RecordStrikeStartedCommand(D3, 8L, LocalDate.of(2026, 4, 21), 1100, false));
        put(samples, new RecordStrikeEndedCommand(D3, 9L, LocalDate.of(2026, 4, 24)));
        put(samples, new RecordStrikeCourtRulingCommand(D3, 10L, LocalDate.of(2026, 5, 12), true,
                "Tòa án nhân dân TP Hồ Chí Minh", "Lawful: the procedure of Arts 200-202 was followed"));
        put(samples, new ReportWorkStoppageCommand(WS1, Province.DONG_NAI, TAN_PHU, "Công ty TNHH Giày da Tân Phú",
                2300, List.of("Pay the Tết bonus before 10 Feb", "Raise the meal allowance to 30,000 VND a shift"),
                LocalDate.of(2026, 1, 5), D3));
        put(samples, new RecordWorkStoppageEndedCommand(WS1, 1L, LocalDate.of(2026, 1, 7),
                "The employer agreed to pay the Tết bonus on 15 Jan; the workers returned"));
        return samples;
    }

    /**
     * Legitimate shapes the full samples do not show: absent optional fields, a dispute with no
     * time bar, a branch tax code.
     */
    static List<Object> variants() {
        return List.of(
                new CorrectDisputeFilingCommand(D3, null, null, 1300, null, null, "The union's list"),
                new DisputeFilingCorrectedEvent(D3, "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b",
                        new DisputeFilingFacts(null, "Wage rise", "Phú Thịnh"),
                        new DisputeFilingFacts(1300, "Wage rise", "Phú Thịnh")),
                new FileDisputeCommand(D3, DisputeKind.COLLECTIVE_INTERESTS, Province.HO_CHI_MINH, PHU_THINH_BRANCH,
                        "Công ty TNHH May mặc Phú Thịnh - Chi nhánh Thủ Đức", DisputeParty.WORKER_SIDE,
                        "The union asks for a 7% wage rise for 2026", 1240, null, Forum.MEDIATION,
                        LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 22), List.of(), null),
                new FileDisputeCommand(D2, DisputeKind.INDIVIDUAL, Province.HA_NOI, SAO_MAI, "Sao Mai",
                        DisputeParty.EMPLOYER_SIDE, "Damages for breach of training bond", null, null, Forum.MEDIATION,
                        LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 3), null, null),
                new DisputeFiledEvent(D3, CaseNumber.parse("LD-79-2026-000043"), DisputeKind.COLLECTIVE_INTERESTS,
                        Province.HO_CHI_MINH, PHU_THINH_BRANCH, "Công ty TNHH May mặc Phú Thịnh - Chi nhánh Thủ Đức",
                        DisputeParty.WORKER_SIDE, "The union asks for a 7% wage rise for 2026", 1240, null,
                        Forum.MEDIATION, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 22), List.of(),
                        new TimeBarCheck(Forum.MEDIATION, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 22), null,
                                0, false, null, TIME_BAR),
                        List.of(), RULES_2026),
                new WorkStoppageReportedEvent(WS1, CaseNumber.parse("WS-75-2026-000008"), Province.DONG_NAI, TAN_PHU,
                        "Công ty TNHH Giày da Tân Phú", 40, List.of(), LocalDate.of(2026, 2, 9), null, false,
                        List.of(), RULES_2026),
                new AssignMediatorCommand(D1, null, "mediator-79-017", LocalDate.of(2026, 4, 24)),
                new StrikeDecisionRecordedEvent(D3, LocalDate.of(2026, 3, 16), 0, 0, false, List.of(), RULES_2026));
    }

    private static void put(Map<Class<?>, Object> samples, Object sample) {
        if (samples.put(sample.getClass(), sample) != null) {
            throw new IllegalStateException("Two samples of " + sample.getClass().getSimpleName());
        }
    }
}
