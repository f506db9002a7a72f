package vn.laborcases.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.arrears.ComplaintId;
import vn.laborcases.api.arrears.ComplaintRegisteredEvent;
import vn.laborcases.api.arrears.PaymentAllocation;
import vn.laborcases.api.arrears.PaymentRecordedEvent;
import vn.laborcases.api.dispute.ArbitrationComplianceRecordedEvent;
import vn.laborcases.api.dispute.CourtJudgmentRecordedEvent;
import vn.laborcases.api.dispute.DisputeFiledEvent;
import vn.laborcases.api.dispute.DisputeId;
import vn.laborcases.api.dispute.MediationSettledEvent;
import vn.laborcases.api.dispute.StrikeStartedEvent;
import vn.laborcases.api.dispute.WorkStoppageId;
import vn.laborcases.api.dispute.WorkStoppageReportedEvent;
import vn.laborcases.api.inspection.Enterprise;
import vn.laborcases.api.inspection.FindingCorrectedEvent;
import vn.laborcases.api.inspection.FindingFacts;
import vn.laborcases.api.inspection.FindingRecordedEvent;
import vn.laborcases.api.inspection.FinePaidEvent;
import vn.laborcases.api.inspection.InspectionId;
import vn.laborcases.api.inspection.InspectionStartedEvent;
import vn.laborcases.api.inspection.ViolationCategory;

/** The fold on plain event records: what each figure counts, for which period and province. */
class ReportAccumulatorTest {

    private static final String RULES = "VN-2026.01";
    private static final TaxCode TAX_A = TaxCode.of("0109999001");
    private static final TaxCode TAX_B = TaxCode.of("0109999002");
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);
    private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);

    private final List<Object> events = new ArrayList<>();

    @Test
    void countsTheFirstHalfOfTheWholeCountry() {
        sampleYear();
        assertThat(fold(new ReportPeriod(2026, Half.H1, null))).isEqualTo(
                new CoordinationFigures(2, 30, 50_000_000L, 20_000_000L, 2, 1, 1, 1_150));
    }

    @Test
    void theSecondHalfStartsOnTheFirstOfJuly() {
        sampleYear();
        assertThat(fold(new ReportPeriod(2026, Half.H2, null))).isEqualTo(
                new CoordinationFigures(1, 7, 70_000_000L, 0, 1, 0, 1, 40));
    }

    @Test
    void theYearIsBothHalves() {
        sampleYear();
        CoordinationFigures year = fold(new ReportPeriod(2026, Half.YEAR, null));
        // TAX_A was inspected in both halves but is one enterprise in the year.
        assertThat(year).isEqualTo(new CoordinationFigures(2, 37, 120_000_000L, 20_000_000L, 3, 1, 2, 1_190));
        assertThat(year.amountsRecovered()).isEqualTo(140_000_000L);
        assertThat(year.stoppages()).isEqualTo(3);
    }

    @Test
    void aProvincialReportCountsOnlyItsProvincesCases() {
        sampleYear();
        assertThat(fold(new ReportPeriod(2026, Half.H1, Province.LAI_CHAU))).isEqualTo(
                new CoordinationFigures(1, 0, 0, 0, 1, 0, 0, 0));
        assertThat(fold(new ReportPeriod(2026, Half.YEAR, Province.CA_MAU))).isEqualTo(
                new CoordinationFigures(0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void aDisputeSettledThenJudgedInThePeriodCountsOnce() {
        DisputeId dispute = dispute(Province.HA_NOI);
        events.add(new MediationSettledEvent(dispute, MARCH, "terms", null, RULES));
        events.add(new ArbitrationComplianceRecordedEvent(dispute, MARCH.plusDays(1), true, "ok"));
        events.add(new CourtJudgmentRecordedEvent(dispute, MARCH.plusDays(2), "upheld"));
        DisputeId notComplied = dispute(Province.HA_NOI);
        events.add(new ArbitrationComplianceRecordedEvent(notComplied, MARCH, false, "refused"));
        assertThat(fold(new ReportPeriod(2026, Half.H1, null)).disputesResolved()).isEqualTo(1);
    }

    @Test
    void theSameEventsAlwaysGiveTheSameFigures() {
        sampleYear();
        ReportPeriod period = new ReportPeriod(2026, Half.YEAR, null);
        assertThat(fold(period)).isEqualTo(fold(period));
    }

    @Test
    void aCorrectedFindingCountsItsRightNumberOfWorkersInTheFindingsPeriodOnly() {
        sampleYear();
        FindingRecordedEvent june = (FindingRecordedEvent) events.stream()
                .filter(e -> e instanceof FindingRecordedEvent f && f.foundOn().equals(JUNE_30)).findFirst().orElseThrow();
        FindingRecordedEvent old = (FindingRecordedEvent) events.stream()
                .filter(e -> e instanceof FindingRecordedEvent f && f.foundOn().getYear() == 2025).findFirst().orElseThrow();
        events.add(new FindingCorrectedEvent(june.inspectionId(), june.findingId(), "recorded-in-june",
                new FindingFacts(30, 0, "d"), new FindingFacts(45, 0, "d")));
        events.add(new FindingCorrectedEvent(june.inspectionId(), june.findingId(), "first-correction",
                new FindingFacts(45, 0, "d"), new FindingFacts(42, 0, "d")));
        events.add(new FindingCorrectedEvent(old.inspectionId(), old.findingId(), "recorded-in-2025",
                new FindingFacts(1_000, 0, "d"), new FindingFacts(2_000, 0, "d")));

        assertThat(fold(new ReportPeriod(2026, Half.H1, null)).workersAffected()).isEqualTo(42);
        assertThat(fold(new ReportPeriod(2026, Half.H2, null)).workersAffected()).isEqualTo(7);
        assertThat(fold(new ReportPeriod(2026, Half.H1, Province.LAI_CHAU)).workersAffected()).isZero();
    }

    @Test
    void periodsAreTheHalvesOfACalendarYear() {
        assertThat(new ReportPeriod(2026, Half.H1, null).to()).isEqualTo(JUNE_30);
        assertThat(new ReportPeriod(2026, Half.H2, null).from()).isEqualTo(JULY_1);
        assertThat(new ReportPeriod(2026, Half.YEAR, null).contains(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(new ReportPeriod(2026, Half.YEAR, null).contains(LocalDate.of(2027, 1, 1))).isFalse();
        assertThatThrownBy(() -> new ReportPeriod(1999, Half.H1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private CoordinationFigures fold(ReportPeriod period) {
        ReportAccumulator accumulator = new ReportAccumulator(period);
        events.forEach(accumulator::apply);
        return accumulator.figures();
    }

    /**
     * H1: TAX_A and TAX_B inspected (TAX_B in Lai Châu), a 30-worker finding, a 50 M payment,
     * a 20 M fine, two disputes resolved (one in Lai Châu), a strike of 800 and a stoppage of
     * 350. H2: TAX_A inspected again, a 7-worker finding, a 70 M payment, a dispute judged, a
     * stoppage of 40. Plus events of 2025 that no 2026 report may count.
     */
    private void sampleYear() {
        InspectionId first = inspection(TAX_A, Province.HA_NOI, MARCH);
        events.add(finding(first, 30, JUNE_30));
        events.add(new FinePaidEvent(first, UUID.randomUUID(), 20_000_000L, JUNE_30, 20_000_000L, 0));
        inspection(TAX_B, Province.LAI_CHAU, JUNE_30);
        InspectionId second = inspection(TAX_A, Province.HA_NOI, JULY_1);
        events.add(finding(second, 7, JULY_1));
        InspectionId old = inspection(TaxCode.of("0109999003"), Province.HA_NOI, LocalDate.of(2025, 12, 31));
        events.add(finding(old, 1_000, LocalDate.of(2025, 12, 31)));

        ComplaintId complaint = ComplaintId.create();
        events.add(new ComplaintRegisteredEvent(complaint, new CaseNumber("WA-01-2026-000001"), Province.HA_NOI,
                TAX_A, "Công ty A", null, null, 40, "s", MARCH, List.of(), RULES));
        events.add(payment(complaint, 1, MARCH, 50_000_000L));
        events.add(payment(complaint, 2, JULY_1, 70_000_000L));

        DisputeId settled = dispute(Province.HA_NOI);
        events.add(new MediationSettledEvent(settled, MARCH, "terms", null, RULES));
        DisputeId resolved = dispute(Province.LAI_CHAU);
        events.add(new ArbitrationComplianceRecordedEvent(resolved, JUNE_30, true, "complied"));
        DisputeId judged = dispute(Province.HA_NOI);
        events.add(new CourtJudgmentRecordedEvent(judged, LocalDate.of(2026, 12, 31), "judged"));
        DisputeId striking = dispute(Province.HA_NOI);
        events.add(new StrikeStartedEvent(striking, MARCH, 800, false, List.of(), RULES));
        events.add(stoppage(Province.HA_NOI, 350, MARCH));
        events.add(stoppage(Province.HA_NOI, 40, LocalDate.of(2026, 12, 31)));
        events.add(stoppage(Province.HA_NOI, 9_999, LocalDate.of(2027, 1, 1)));
    }

    private InspectionId inspection(TaxCode tax, Province province, LocalDate openedOn) {
        InspectionId id = InspectionId.create();
        events.add(new InspectionStartedEvent(id, new CaseNumber("IN-01-2026-000001"), null, null, List.of(),
                new Enterprise(tax, "Công ty", province, 100, null, null), openedOn, "plan", RULES));
        return id;
    }

    private DisputeId dispute(Province province) {
        DisputeId id = DisputeId.create();
        events.add(new DisputeFiledEvent(id, new CaseNumber("LD-01-2026-000001"), null, province, TAX_A, "Công ty A",
                null, "s", 10, null, null, MARCH, MARCH, List.of(), null, List.of(), RULES));
        return id;
    }

    private static FindingRecordedEvent finding(InspectionId inspection, int workers, LocalDate on) {
        return new FindingRecordedEvent(inspection, UUID.randomUUID(), TAX_A, ViolationCategory.OSH, "b", "d",
                workers, 0, on, false, null, 12, RULES);
    }

    private static PaymentRecordedEvent payment(ComplaintId complaint, int no, LocalDate on, long amount) {
        return new PaymentRecordedEvent(complaint, no, on, amount, "ref", List.of(new PaymentAllocation(1, amount)), 0);
    }

    private static WorkStoppageReportedEvent stoppage(Province province, int workers, LocalDate on) {
        return new WorkStoppageReportedEvent(WorkStoppageId.create(), new CaseNumber("WS-01-2026-000001"), province,
                TAX_B, "Công ty B", workers, List.of("pay"), on, null, false, List.of(), RULES);
    }
}
