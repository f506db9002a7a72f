package vn.laborcases.command.arrears;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.arrears.*;
import vn.laborcases.eventstore.StoredForm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.arrears.ComplaintFixtures.*;

/** A complaint's snapshot, with lines, payments, rates and an evasion, reads back equal. */
class ComplaintSnapshotSerializationTest {

    private final ObjectMapper mapper = StoredForm.objectMapper();

    @Test
    void complaintWithClaimPaymentsAndEvasion_readsBackEqual() throws Exception {
        var complaint = new ComplaintCase();
        complaint.on(registered());
        complaint.on(triaged());
        complaint.on(accepted());
        complaint.on(wagesAdded(), "event-wages", "2026-03-02T00:00+07:00", Instant.parse("2026-03-02T01:00:00Z"));
        complaint.on(siAdded(), "event-si", null, Instant.parse("2026-03-03T01:00:00Z"));
        complaint.on(notified());
        complaint.on(determined());
        complaint.on(new DepositRateRecordedEvent(COMPLAINT,
                new DepositRate("Vietcombank", new BigDecimal("1.6"), LocalDate.of(2026, 1, 1))));
        complaint.on(new PaymentPlanAgreedEvent(COMPLAINT, LocalDate.of(2026, 3, 25),
                List.of(new Instalment(LocalDate.of(2026, 4, 15), 360_000_000L))));
        complaint.on(new PaymentRecordedEvent(COMPLAINT, 1, LocalDate.of(2026, 4, 15), 100_000_000L, "UNC",
                List.of(new PaymentAllocation(2, 100_000_000L)), 260_000_000L));
        complaint.on(new SocialInsuranceEvasionEvent(COMPLAINT, 2, SI_DUE, SI_EVASION_FROM, 20_000_000L));

        ComplaintCase restored = mapper.readValue(mapper.writeValueAsBytes(complaint), ComplaintCase.class);

        assertThat(restored).usingRecursiveComparison().isEqualTo(complaint);
    }
}
