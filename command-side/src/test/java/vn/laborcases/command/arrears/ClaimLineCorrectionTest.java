package vn.laborcases.command.arrears;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.arrears.*;
import vn.laborcases.rules.arrears.ArrearsArticles;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.GivenRecords.*;
import static vn.laborcases.command.Refusals.refused;
import static vn.laborcases.command.arrears.ComplaintFixtures.*;

/** A claim line recorded wrongly is corrected by a new event that points at the record it replaces. */
class ClaimLineCorrectionTest {

    private static final String ADDED_AT = "2026-03-03T00:00+07:00";
    private static final ClaimLineFacts JANUARY_AS_ADDED = new ClaimLineFacts(YearMonth.of(2026, 1),
            YearMonth.of(2026, 1), 240_000_000L, 6_000_000L, new MinimumWageCheck(6_000_000L, List.of()));

    private final AggregateTestFixture<ComplaintCase> fixture = complaintFixture();

    private static CorrectClaimLineCommand correct(int lineNo, String corrects, Long principal, Long wage) {
        return new CorrectClaimLineCommand(COMPLAINT, null, lineNo, corrects, null, null, principal, wage,
                "The payroll shows 250,000,000 VND");
    }

    @Test
    void the_correction_points_at_the_line_it_replaces_keeps_both_values_and_takes_its_business_time() {
        var given = fixture.given(registered(), recordedAt(wagesAdded(), ADDED_AT));
        String added = eventId(fixture, COMPLAINT.toString(), 1);

        given.when(correct(1, added, 250_000_000L, null))
                .expectEventsMatching(correctionAt(new ClaimLineCorrectedEvent(COMPLAINT, 1, ClaimKind.WAGES, added,
                        JANUARY_AS_ADDED, new ClaimLineFacts(YearMonth.of(2026, 1), YearMonth.of(2026, 1),
                        250_000_000L, 6_000_000L, new MinimumWageCheck(6_000_000L, List.of()))), ADDED_AT))
                .expectState(c -> {
                    assertThat(c.state().lines().get(0).principal()).isEqualTo(250_000_000L);
                    assertThat(c.state().owed()).isEqualTo(250_000_000L);
                });
    }

    @Test
    void a_corrected_wage_is_checked_against_the_minimum_again_by_the_same_rule() {
        fixture.given(registered(), wagesAdded())
                .when(correct(1, null, null, 5_000_000L))
                .expectSuccessfulHandlerExecution()
                .expectState(c -> assertThat(c.state().lines().get(0).belowMinimumWage()).isTrue());
    }

    @Test
    void a_second_correction_points_at_the_first_and_naming_the_superseded_record_is_refused() {
        var given = fixture.given(registered(), recordedAt(wagesAdded(), ADDED_AT),
                recordedAt(new ClaimLineCorrectedEvent(COMPLAINT, 1, ClaimKind.WAGES, "the-addition", JANUARY_AS_ADDED,
                        new ClaimLineFacts(YearMonth.of(2026, 1), YearMonth.of(2026, 1), 250_000_000L, 6_000_000L,
                                new MinimumWageCheck(6_000_000L, List.of()))), ADDED_AT));
        String added = eventId(fixture, COMPLAINT.toString(), 1);
        String firstCorrection = eventId(fixture, COMPLAINT.toString(), 2);

        given.when(correct(1, added, 260_000_000L, null))
                .expectException(refused(null, "is not the latest record of claim line 1"));
        complaintFixture().given(registered(), wagesAdded())
                .when(correct(1, "some-other-event", 260_000_000L, null))
                .expectException(refused(null, "is not the latest record"));
        assertThat(firstCorrection).isNotEqualTo(added);
    }

    @Test
    void the_principal_cannot_fall_below_what_was_paid_on_the_line() {
        fixture.given(registered(), wagesAdded(), siAdded(), notified(), determined(),
                        new PaymentRecordedEvent(COMPLAINT, 1, LocalDate.of(2026, 4, 1), 200_000_000L, "UNC",
                                List.of(new PaymentAllocation(1, 200_000_000L)), 160_000_000L))
                .when(correct(1, null, 150_000_000L, null))
                .expectException(refused(ArrearsArticles.PAYMENT_IN_FULL, "200,000,000 VND has already been paid"));
    }

    @Test
    void a_correction_without_a_reason_or_that_changes_nothing_is_refused() {
        fixture.given(registered(), wagesAdded())
                .when(new CorrectClaimLineCommand(COMPLAINT, null, 1, null, null, null, 250_000_000L, null, " "))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
        complaintFixture().given(registered(), wagesAdded())
                .when(correct(1, null, 240_000_000L, 6_000_000L))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void an_unknown_line_and_a_wage_on_a_contribution_line_are_refused() {
        fixture.given(registered(), siAdded())
                .when(correct(7, null, 1L, null))
                .expectException(refused(null, "No claim line 7"));
        complaintFixture().given(registered(), wagesAdded(), siAdded())
                .when(correct(2, null, null, 5_000_000L))
                .expectException(IllegalArgumentException.class);
    }
}
