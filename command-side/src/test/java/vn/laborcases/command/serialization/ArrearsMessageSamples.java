package vn.laborcases.command.serialization;

import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.personaldata.PersonIdentity;
import vn.laborcases.api.personaldata.SealedPersonalData;
import vn.laborcases.api.arrears.*;
import vn.laborcases.api.dispute.DisputeId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One realistic, fully populated instance of every event and command of the arrears package.
 * The event samples are also what the stored-event fixtures must read back as: never edit one
 * to suit the other.
 *
 * <p>The story: the union of a garment firm in Hồ Chí Minh City (region I) complains for 40
 * workers about January 2026 wages paid below the new minimum and February SI contributions
 * (C1); its complaint goes through both decisions and is paid in instalments. An electronics
 * supplier in Bắc Ninh is referred to inspection (C2); a dismissal claim is a dispute (C3).
 */
final class ArrearsMessageSamples {

    static final ComplaintId C1 = ComplaintId.of("7d0e4b2a-1c3f-4a5b-9e6d-8f7a6b5c4d3e");
    static final ComplaintId C2 = ComplaintId.of("a4c9e1f2-3b5d-4e6f-8a7b-9c0d1e2f3a4b");
    static final ComplaintId C3 = ComplaintId.of("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9");
    static final DisputeId DISPUTE = DisputeId.of("3f2c8a6e-5b1d-4c7e-9a0f-2d6b8e4c1a97");

    static final String RULES_2026 = "VN-2026.01";
    static final TaxCode THANH_CONG = TaxCode.of("0314567890");
    static final String THANH_CONG_NAME = "Công ty TNHH May Thành Công";
    static final TaxCode BAC_NINH_SUPPLIER = TaxCode.of("2300987654");
    static final String BAC_NINH_NAME = "Công ty TNHH Linh kiện Điện tử Yên Phong";

    static final LegalDeadline ACCEPTANCE = new LegalDeadline(DeadlineKind.COMPLAINT_ACCEPTANCE,
            LocalDate.of(2026, 3, 11), "Decree 24/2018/ND-CP Art 20");
    static final LegalDeadline FIRST_DECISION = new LegalDeadline(DeadlineKind.FIRST_COMPLAINT_DECISION,
            LocalDate.of(2026, 4, 6), "Decree 24/2018/ND-CP Art 21");
    static final LegalDeadline SECOND_FILING = new LegalDeadline(DeadlineKind.SECOND_COMPLAINT_FILING,
            LocalDate.of(2026, 5, 4), "Decree 24/2018/ND-CP Arts 7, 15");
    static final LegalDeadline SECOND_DECISION = new LegalDeadline(DeadlineKind.SECOND_COMPLAINT_DECISION,
            LocalDate.of(2026, 6, 22), "Decree 24/2018/ND-CP Art 26");
    static final DepositRate VIETCOMBANK = new DepositRate("Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)",
            new BigDecimal("1.60"), LocalDate.of(2026, 1, 1));
    static final List<Instalment> PLAN = List.of(new Instalment(LocalDate.of(2026, 4, 15), 170_000_000L),
            new Instalment(LocalDate.of(2026, 5, 15), 190_000_000L));
    static final MinimumWageCheck JANUARY_BELOW_MINIMUM = new MinimumWageCheck(5_000_000L,
            List.of(new MonthlyMinimum(YearMonth.of(2026, 1), 5_310_000L, RULES_2026)));

    private ArrearsMessageSamples() {
    }

    static Map<Class<?>, Object> events() {
        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        put(samples, new ComplaintRegisteredEvent(C1, CaseNumber.parse("WA-79-2026-000007"), Province.HO_CHI_MINH,
                THANH_CONG, THANH_CONG_NAME, WageRegion.I, Complainant.UNION, 40,
                "January 2026 wages paid at 5,000,000 VND, below the region I minimum; February SI contributions unpaid",
                LocalDate.of(2026, 3, 2), List.of(ACCEPTANCE), RULES_2026));
        put(samples, new WorkersNamedEvent(C1, List.of(new SealedPersonalData(
                UUID.fromString("5b3c9d1e-7f2a-4c6b-8e0d-1a2b3c4d5e6f"),
                "q8Zt2mVw0y3JbH1nP4sLr6Xc9uE5aK7dF2gT0hW3jN8vB1xM4zQ6eR9tY2uI5oP7aS0dG3fH6jK8lZ1xC4vB7nM0qW==",
                "c2VhbGVkLW5vbmNl"))));
        put(samples, new ComplaintTreatedAsComplaintEvent(C1, LocalDate.of(2026, 3, 3)));
        put(samples, new ComplaintTreatedAsDisputeEvent(C3, LocalDate.of(2026, 3, 4), DISPUTE, false));
        put(samples, new ComplaintReferredEvent(C2, CaseNumber.parse("WA-24-2026-000003"), ReferralTarget.INSPECTION,
                BAC_NINH_SUPPLIER, BAC_NINH_NAME, Province.BAC_NINH, WageRegion.I, 1250,
                List.of(ReferralScope.LABOR_LAW, ReferralScope.SOCIAL_INSURANCE),
                "Three months of wages and SI contributions unpaid for the whole plant", LocalDate.of(2026, 3, 5)));
        put(samples, new ComplaintAcceptedEvent(C1, LocalDate.of(2026, 3, 5), false, false, false, FIRST_DECISION,
                RULES_2026));
        put(samples, new ComplaintRefusedEvent(C3, LocalDate.of(2026, 3, 13),
                "The same claim is before the People's Court of Thủ Đức", true));
        put(samples, new ComplaintAcceptanceOverdueEvent(C2, LocalDate.of(2026, 3, 11)));
        put(samples, new FirstComplaintDecisionIssuedEvent(C1, LocalDate.of(2026, 4, 1),
                "The employer pays the January shortfall and the February contributions in two instalments", false,
                SECOND_FILING, RULES_2026));
        put(samples, new FirstComplaintDecisionOverdueEvent(C2, LocalDate.of(2026, 4, 6),
                new LegalDeadline(DeadlineKind.SECOND_COMPLAINT_FILING, LocalDate.of(2026, 5, 6),
                        "Decree 24/2018/ND-CP Arts 7, 15"), RULES_2026));
        put(samples, new SecondComplaintAcceptedEvent(C1, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 6), false,
                false, SECOND_DECISION, RULES_2026));
        put(samples, new SecondComplaintWindowClosedEvent(C2, LocalDate.of(2026, 5, 6)));
        put(samples, new SecondComplaintDecisionIssuedEvent(C1, LocalDate.of(2026, 6, 18),
                "The first decision is upheld", false));
        put(samples, new SecondComplaintDecisionOverdueEvent(C2, LocalDate.of(2026, 6, 22)));
        put(samples, new ClaimLineAddedEvent(C1, 1, ClaimKind.WAGES, YearMonth.of(2026, 1), YearMonth.of(2026, 1),
                200_000_000L, LocalDate.of(2026, 2, 5), 5_000_000L, JANUARY_BELOW_MINIMUM, null));
        // The payroll showed 5,400,000 a worker for 40 workers: above the minimum after all.
        put(samples, new ClaimLineCorrectedEvent(C1, 1, ClaimKind.WAGES, "9b2f4c1e-0d7a-4e3b-8c5f-6a1d2e3f4a5b",
                new ClaimLineFacts(YearMonth.of(2026, 1), YearMonth.of(2026, 1), 200_000_000L, 5_000_000L,
                        JANUARY_BELOW_MINIMUM),
                new ClaimLineFacts(YearMonth.of(2026, 1), YearMonth.of(2026, 1), 216_000_000L, 5_400_000L,
                        new MinimumWageCheck(5_400_000L, List.of()))));
        put(samples, new EmployerNotifiedEvent(C1, LocalDate.of(2026, 3, 9), "Registered letter and e-mail"));
        put(samples, new AmountsDeterminedEvent(C1, LocalDate.of(2026, 3, 20), 360_000_000L, 3));
        put(samples, new DepositRateRecordedEvent(C1, VIETCOMBANK));
        put(samples, new PaymentPlanAgreedEvent(C1, LocalDate.of(2026, 3, 25), PLAN));
        put(samples, new PaymentRecordedEvent(C1, 1, LocalDate.of(2026, 4, 15), 170_000_000L, "UNC 0415/VCB",
                List.of(new PaymentAllocation(2, 120_000_000L), new PaymentAllocation(1, 50_000_000L)), 190_000_000L));
        put(samples, new SocialInsuranceEvasionEvent(C2, 4, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 31),
                96_000_000L));
        put(samples, new ComplaintClosedEvent(C1, LocalDate.of(2026, 7, 1), "Paid in full; file archived",
                ComplaintStatus.SECOND_DECIDED));
        put(samples, new ComplaintReopenedEvent(C1, LocalDate.of(2026, 7, 20),
                "The workers report the July wages unpaid as well", ComplaintStatus.SECOND_DECIDED));
        return samples;
    }

    static Map<Class<?>, Object> commands() {
        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        put(samples, new RegisterComplaintCommand(C1, Province.HO_CHI_MINH, THANH_CONG, THANH_CONG_NAME, WageRegion.I,
                Complainant.UNION, 40, "January wages below the minimum; February SI unpaid", LocalDate.of(2026, 3, 2),
                List.of(new PersonIdentity("Nguyễn Thị Lan", "079190000123", "0901234567"))));
        put(samples, new NameWorkersCommand(C1, 1L,
                List.of(new PersonIdentity("Trần Văn Bình", "079088000456", "+84912345678"))));
        put(samples, new TreatAsComplaintCommand(C1, 0L, LocalDate.of(2026, 3, 3)));
        put(samples, new TreatAsDisputeCommand(C3, 0L, LocalDate.of(2026, 3, 4), DISPUTE, false));
        put(samples, new ReferComplaintCommand(C2, 0L, LocalDate.of(2026, 3, 5), ReferralTarget.INSPECTION,
                List.of(ReferralScope.LABOR_LAW, ReferralScope.SOCIAL_INSURANCE, ReferralScope.OSH),
                "Unpaid wages and SI for the whole plant; workers report locked fire exits"));
        put(samples, new AcceptComplaintCommand(C1, 1L, LocalDate.of(2026, 3, 5), true, false));
        put(samples, new RefuseComplaintCommand(C3, 1L, LocalDate.of(2026, 3, 13), "Before a court already"));
        put(samples, new RecordFirstDecisionCommand(C1, 7L, LocalDate.of(2026, 4, 1), "Pay in two instalments"));
        put(samples, new RecordSecondComplaintCommand(C1, 9L, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 6),
                false, true));
        put(samples, new RecordSecondDecisionCommand(C1, 10L, LocalDate.of(2026, 6, 18), "Upheld"));
        put(samples, new AddClaimLineCommand(C1, 2L, ClaimKind.WAGES, YearMonth.of(2026, 1), YearMonth.of(2026, 1),
                200_000_000L, LocalDate.of(2026, 2, 5), 5_000_000L));
        put(samples, new CorrectClaimLineCommand(C1, 3L, 1, "9b2f4c1e-0d7a-4e3b-8c5f-6a1d2e3f4a5b",
                YearMonth.of(2026, 1), YearMonth.of(2026, 1), 216_000_000L, 5_400_000L,
                "The payroll shows 5,400,000 VND a worker"));
        put(samples, new NotifyEmployerCommand(C1, 5L, LocalDate.of(2026, 3, 9), "Registered letter"));
        put(samples, new DetermineAmountsCommand(C1, 6L, LocalDate.of(2026, 3, 20)));
        put(samples, new RecordDepositRateCommand(C1, 8L, VIETCOMBANK));
        put(samples, new AgreePaymentPlanCommand(C1, 8L, LocalDate.of(2026, 3, 25), PLAN));
        put(samples, new RecordPaymentCommand(C1, 11L, LocalDate.of(2026, 4, 15), 170_000_000L, "UNC 0415/VCB"));
        put(samples, new CloseComplaintCommand(C1, 13L, LocalDate.of(2026, 7, 1), "Paid in full"));
        put(samples, new ReopenComplaintCommand(C1, 14L, LocalDate.of(2026, 7, 20), "July wages unpaid too"));
        return samples;
    }

    /** Legitimate shapes the full samples do not show: SI lines, a new dispute asked for, no channel. */
    static List<Object> variants() {
        return List.of(
                new ClaimLineCorrectedEvent(C1, 2, ClaimKind.SOCIAL_INSURANCE, "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                        new ClaimLineFacts(YearMonth.of(2026, 2), YearMonth.of(2026, 2), 120_000_000L, null, null),
                        new ClaimLineFacts(YearMonth.of(2026, 2), YearMonth.of(2026, 3), 240_000_000L, null, null)),
                new CorrectClaimLineCommand(C1, null, 2, null, null, YearMonth.of(2026, 3), 240_000_000L, null,
                        "March was unpaid too"),
                new ClaimLineAddedEvent(C1, 2, ClaimKind.SOCIAL_INSURANCE, YearMonth.of(2026, 2), YearMonth.of(2026, 2),
                        120_000_000L, LocalDate.of(2026, 3, 31), null, null, LocalDate.of(2026, 5, 31)),
                new ClaimLineAddedEvent(C1, 3, ClaimKind.SEVERANCE, YearMonth.of(2026, 2), YearMonth.of(2026, 2),
                        40_000_000L, LocalDate.of(2026, 3, 16), null, null, null),
                new ClaimLineAddedEvent(C1, 4, ClaimKind.OVERTIME, YearMonth.of(2026, 1), YearMonth.of(2026, 2),
                        18_000_000L, LocalDate.of(2026, 3, 5), 6_000_000L, new MinimumWageCheck(6_000_000L, List.of()),
                        null),
                new AddClaimLineCommand(C1, null, ClaimKind.UNEMPLOYMENT_INSURANCE, YearMonth.of(2026, 2),
                        YearMonth.of(2026, 2), 8_000_000L, LocalDate.of(2026, 3, 31), null),
                new ComplaintTreatedAsDisputeEvent(C3, LocalDate.of(2026, 3, 4), null, true),
                new TreatAsDisputeCommand(C3, null, LocalDate.of(2026, 3, 4), null, true),
                new EmployerNotifiedEvent(C1, LocalDate.of(2026, 3, 9), null));
    }

    private static void put(Map<Class<?>, Object> samples, Object sample) {
        if (samples.put(sample.getClass(), sample) != null) {
            throw new IllegalStateException("Two samples of " + sample.getClass().getSimpleName());
        }
    }
}
