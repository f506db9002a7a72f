package vn.laborcases.command.dispute;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.dispute.*;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.GivenRecords.*;
import static vn.laborcases.command.Refusals.refused;
import static vn.laborcases.command.dispute.DisputeFixtures.*;

/** A filing recorded wrongly is corrected by a new event that points at the record it replaces. */
class DisputeFilingCorrectionTest {

    private static final String RECEIVED_AT = "2026-03-02T00:00+07:00";
    private static final String RIGHT_NAME = "Công ty TNHH May mặc Phú Thịnh Việt Nam";

    private final AggregateTestFixture<DisputeCase> fixture = disputeFixture();

    private static CorrectDisputeFilingCommand correct(String corrects, Integer workers, String name, String reason) {
        return new CorrectDisputeFilingCommand(DISPUTE, null, corrects, workers, null, name, reason);
    }

    private static DisputeFilingFacts asFiled() {
        var filed = filing().kind(DisputeKind.COLLECTIVE_INTERESTS).event();
        return new DisputeFilingFacts(filed.workersInvolved(), filed.summary(), filed.employerName());
    }

    @Test
    void the_correction_points_at_the_filing_keeps_both_values_and_takes_its_business_time() {
        var given = fixture.given(recordedAt(filing().kind(DisputeKind.COLLECTIVE_INTERESTS).event(), RECEIVED_AT));
        String filed = eventId(fixture, DISPUTE.toString(), 0);

        given.when(correct(filed, 450, RIGHT_NAME, "The union's list names 450 workers"))
                .expectEventsMatching(correctionAt(new DisputeFilingCorrectedEvent(DISPUTE, filed, asFiled(),
                        new DisputeFilingFacts(450, asFiled().summary(), RIGHT_NAME)), RECEIVED_AT))
                .expectState(dispute -> assertThat(dispute.state().filing())
                        .isEqualTo(new DisputeFilingFacts(450, asFiled().summary(), RIGHT_NAME)));
    }

    @Test
    void a_second_correction_points_at_the_first_and_keeps_the_business_time() {
        var given = fixture.given(recordedAt(filing().kind(DisputeKind.COLLECTIVE_INTERESTS).event(), RECEIVED_AT),
                recordedAt(firstCorrection(), RECEIVED_AT));
        String corrected = eventId(fixture, DISPUTE.toString(), 1);

        given.when(correct(null, 460, null, "Recount"))
                .expectEventsMatching(correctionAt(new DisputeFilingCorrectedEvent(DISPUTE, corrected,
                        firstCorrection().corrected(), new DisputeFilingFacts(460, asFiled().summary(), RIGHT_NAME)),
                        RECEIVED_AT));
    }

    @Test
    void naming_the_superseded_filing_is_refused() {
        var given = fixture.given(filing().kind(DisputeKind.COLLECTIVE_INTERESTS).event(), firstCorrection());
        String filed = eventId(fixture, DISPUTE.toString(), 0);

        given.when(correct(filed, 460, null, "Recount"))
                .expectException(refused(null, "replaced it"))
                .expectNoEvents();
    }

    private static DisputeFilingCorrectedEvent firstCorrection() {
        return new DisputeFilingCorrectedEvent(DISPUTE, "the-filing", asFiled(),
                new DisputeFilingFacts(450, asFiled().summary(), RIGHT_NAME));
    }

    @Test
    void no_reason_no_change_or_a_closed_case_is_refused() {
        fixture.given(individualDisputeFiled())
                .when(correct(null, null, RIGHT_NAME, ""))
                .expectException(IllegalArgumentException.class);
        disputeFixture().given(individualDisputeFiled())
                .when(correct(null, 1, EMPLOYER_NAME, "Same"))
                .expectException(IllegalArgumentException.class);
        disputeFixture().given(individualDisputeFiled())
                .when(correct(null, 0, null, "None"))
                .expectException(IllegalArgumentException.class);
        disputeFixture().given(with(individualDisputeFiled(),
                        new DisputeClosedEvent(DISPUTE, RECEIVED.plusDays(3), "Filed away",
                                DisputeStatus.AWAITING_MEDIATOR)))
                .when(correct(null, null, RIGHT_NAME, "Typo"))
                .expectException(refused(null, "reopen it"));
    }
}
