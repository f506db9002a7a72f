package vn.laborcases.command.arrears;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.arrears.*;
import vn.laborcases.rules.arrears.ArrearsArticles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static vn.laborcases.command.Refusals.ruleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.arrears.ComplaintFixtures.*;

/** Claim lines, the minimum-wage flag, notice, determination, deposit rate, plan and payments. */
class ComplaintPaymentsTest {

    private AggregateTestFixture<ComplaintCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = complaintFixture();
    }

    @Test
    void a_wage_line_above_the_minimum_is_not_flagged_and_an_si_line_knows_its_evasion_day() {
        fixture.given(registered())
                .when(wagesLine(240_000_000L, 6_000_000L))
                .expectEvents(wagesAdded());
        complaintFixture().given(registered(), wagesAdded())
                .when(siLine(120_000_000L))
                .expectEvents(siAdded());
    }

    @Test
    void a_wage_below_the_region_I_minimum_of_2026_is_flagged_though_it_met_the_2025_minimum() {
        fixture.given(registered())
                .when(new AddClaimLineCommand(COMPLAINT, 0L, ClaimKind.WAGES, YearMonth.of(2025, 12),
                        YearMonth.of(2026, 1), 200_000_000L, JANUARY_WAGES_DUE, 5_000_000L))
                .expectEvents(new ClaimLineAddedEvent(COMPLAINT, 1, ClaimKind.WAGES, YearMonth.of(2025, 12),
                        YearMonth.of(2026, 1), 200_000_000L, JANUARY_WAGES_DUE, 5_000_000L,
                        new MinimumWageCheck(5_000_000L, List.of(new MonthlyMinimum(YearMonth.of(2026, 1), 5_310_000L,
                                RULES_2026))), null))
                .expectState(c -> assertThat(c.state().lines().get(0).belowMinimumWage()).isTrue());
    }

    @Test
    void a_negative_or_zero_principal_is_refused() {
        fixture.given(registered())
                .when(siLine(-1L))
                .expectException(ruleViolation(null));
        complaintFixture().given(registered())
                .when(siLine(0L))
                .expectException(ruleViolation(null));
    }

    @Test
    void a_wage_line_needs_the_monthly_wage_and_an_si_line_takes_none() {
        fixture.given(registered())
                .when(new AddClaimLineCommand(COMPLAINT, 0L, ClaimKind.WAGES, YearMonth.of(2026, 1),
                        YearMonth.of(2026, 1), 1_000_000L, JANUARY_WAGES_DUE, null))
                .expectException(IllegalArgumentException.class);
        complaintFixture().given(registered())
                .when(new AddClaimLineCommand(COMPLAINT, 0L, ClaimKind.SOCIAL_INSURANCE, YearMonth.of(2026, 1),
                        YearMonth.of(2026, 1), 1_000_000L, SI_DUE, 5_000_000L))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void lines_are_final_once_the_amounts_are_determined() {
        fixture.given(registered(), wagesAdded(), siAdded(), notified(), determined())
                .when(siLine(1_000_000L))
                .expectException(ruleViolation(ArrearsArticles.PAYMENT_IN_FULL));
    }

    @Test
    void the_amounts_are_determined_after_the_employer_is_notified() {
        fixture.given(registered(), wagesAdded(), siAdded())
                .when(new DetermineAmountsCommand(COMPLAINT, 2L, LocalDate.of(2026, 3, 20)))
                .expectException(ruleViolation(null));
        complaintFixture().given(registered(), wagesAdded(), siAdded(), notified())
                .when(new DetermineAmountsCommand(COMPLAINT, 3L, LocalDate.of(2026, 3, 20)))
                .expectEvents(determined());
        complaintFixture().given(registered())
                .when(new NotifyEmployerCommand(COMPLAINT, 0L, RECEIVED, "Letter"))
                .expectException(ruleViolation(null));
    }

    @Test
    void a_deposit_rate_is_recorded_with_its_bank_and_date_and_must_be_plausible() {
        DepositRate rate = new DepositRate("Vietcombank", new BigDecimal("1.60"), LocalDate.of(2026, 1, 1));
        fixture.given(registered())
                .when(new RecordDepositRateCommand(COMPLAINT, 0L, rate))
                .expectEvents(new DepositRateRecordedEvent(COMPLAINT, rate));
        complaintFixture().given(registered())
                .when(new RecordDepositRateCommand(COMPLAINT, 0L,
                        new DepositRate("Vietcombank", new BigDecimal("-1"), LocalDate.of(2026, 1, 1))))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void a_payment_plan_covers_exactly_what_is_owed() {
        List<Instalment> plan = List.of(new Instalment(LocalDate.of(2026, 4, 15), 160_000_000L),
                new Instalment(LocalDate.of(2026, 5, 15), 200_000_000L));
        fixture.given(registered(), wagesAdded(), siAdded(), notified(), determined())
                .when(new AgreePaymentPlanCommand(COMPLAINT, 4L, LocalDate.of(2026, 3, 25), plan))
                .expectEvents(new PaymentPlanAgreedEvent(COMPLAINT, LocalDate.of(2026, 3, 25), plan));
        complaintFixture().given(registered(), wagesAdded(), siAdded(), notified(), determined())
                .when(new AgreePaymentPlanCommand(COMPLAINT, 4L, LocalDate.of(2026, 3, 25), plan.subList(0, 1)))
                .expectException(ruleViolation(ArrearsArticles.PAYMENT_IN_FULL));
        complaintFixture().given(registered(), wagesAdded(), siAdded(), notified())
                .when(new AgreePaymentPlanCommand(COMPLAINT, 3L, LocalDate.of(2026, 3, 25), plan))
                .expectException(ruleViolation(null));
    }

    @Test
    void instalments_fall_due_in_order() {
        fixture.given(registered(), wagesAdded(), siAdded(), notified(), determined())
                .when(new AgreePaymentPlanCommand(COMPLAINT, 4L, LocalDate.of(2026, 3, 25), List.of(
                        new Instalment(LocalDate.of(2026, 5, 15), 160_000_000L),
                        new Instalment(LocalDate.of(2026, 4, 15), 200_000_000L))))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void a_payment_goes_to_the_si_contributions_first_then_to_the_oldest_wages() {
        fixture.given(registered(), wagesAdded(), siAdded(), notified(), determined())
                .when(new RecordPaymentCommand(COMPLAINT, 4L, LocalDate.of(2026, 4, 15), 150_000_000L, "UNC 0415"))
                .expectEvents(new PaymentRecordedEvent(COMPLAINT, 1, LocalDate.of(2026, 4, 15), 150_000_000L,
                        "UNC 0415", List.of(new PaymentAllocation(2, 120_000_000L), new PaymentAllocation(1, 30_000_000L)),
                        210_000_000L))
                .expectState(c -> {
                    assertThat(c.state().outstanding()).isEqualTo(210_000_000L);
                    assertThat(c.state().lines()).extracting(ComplaintState.Line::outstanding)
                            .containsExactly(210_000_000L, 0L);
                });
    }

    @Test
    void a_payment_above_what_is_owed_is_refused_and_one_before_determination_too() {
        fixture.given(registered(), wagesAdded(), siAdded(), notified(), determined())
                .when(new RecordPaymentCommand(COMPLAINT, 4L, LocalDate.of(2026, 4, 15), 360_000_001L, "UNC"))
                .expectException(ruleViolation(ArrearsArticles.PAYMENT_IN_FULL))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("360,000,000"));
        complaintFixture().given(registered(), wagesAdded(), siAdded(), notified())
                .when(new RecordPaymentCommand(COMPLAINT, 3L, LocalDate.of(2026, 4, 15), 1_000L, "UNC"))
                .expectException(ruleViolation(null));
    }

    @Test
    void paid_in_full_leaves_nothing_outstanding_and_a_further_payment_is_refused() {
        PaymentRecordedEvent all = new PaymentRecordedEvent(COMPLAINT, 1, LocalDate.of(2026, 4, 15), 360_000_000L,
                "UNC", List.of(new PaymentAllocation(2, 120_000_000L), new PaymentAllocation(1, 240_000_000L)), 0L);
        fixture.given(registered(), wagesAdded(), siAdded(), notified(), determined(), all)
                .when(new RecordPaymentCommand(COMPLAINT, 5L, LocalDate.of(2026, 4, 16), 1L, "UNC"))
                .expectException(ruleViolation(ArrearsArticles.PAYMENT_IN_FULL));
        complaintFixture().given(registered(), wagesAdded(), siAdded(), notified(), determined(), all)
                .when(new CloseComplaintCommand(COMPLAINT, 5L, LocalDate.of(2026, 4, 16), "Paid in full"))
                .expectState(c -> assertThat(c.state().outstanding()).isZero());
    }

    @Test
    void the_balance_as_of_a_date_is_computed_from_the_case_file() {
        PaymentRecordedEvent si = new PaymentRecordedEvent(COMPLAINT, 1, LocalDate.of(2026, 6, 15), 120_000_000L,
                "UNC", List.of(new PaymentAllocation(2, 120_000_000L)), 240_000_000L);
        fixture.given(registered(), wagesAdded(), siAdded(), notified(), determined(), si)
                .when(new CloseComplaintCommand(COMPLAINT, 5L, LocalDate.of(2026, 6, 16), "Check"))
                .expectState(c -> {
                    ComplaintBalance balance = c.balance(LocalDate.of(2026, 6, 15), LAW.ruleSets());
                    // SI: 120,000,000 × 0.0003 × 76 days (31 Mar → 15 Jun) = 2,736,000
                    assertThat(balance.lines().get(1).interest()).isEqualTo(2_736_000L);
                    assertThat(balance.lines().get(0).depositRateMissing()).isTrue();
                    assertThat(balance.outstanding()).isEqualTo(240_000_000L);
                });
    }
}
