package vn.laborcases.command.dispute;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.dispute.*;
import vn.laborcases.eventstore.StoredForm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots store the aggregates field by field with Axon's mapper; a snapshot that no
 * longer reads back would silently cost a full replay, so each aggregate's state must
 * survive the trip.
 */
class AggregateSnapshotSerializationTest {

    private final ObjectMapper mapper = StoredForm.objectMapper();
    private final DisputeId id = DisputeId.create();
    private final LocalDate received = LocalDate.of(2026, 3, 2);

    @Test
    void disputeWithMediationAndStrikeState_readsBackEqual() throws Exception {
        var dispute = new DisputeCase();
        dispute.on(new DisputeFiledEvent(id, CaseNumber.parse("LD-75-2026-000001"), DisputeKind.COLLECTIVE_INTERESTS,
                Province.DONG_NAI, TaxCode.of("3600123456"), "Công ty Giày", DisputeParty.WORKER_SIDE, "Wages",
                900, null, Forum.MEDIATION, received, received, List.of(),
                new TimeBarCheck(Forum.MEDIATION, received, received, null, 0, false, null, "Art 190"),
                List.of(new LegalDeadline(DeadlineKind.MEDIATION, received.plusDays(7), "Art 188(2)")), "VN-2025.07"),
                "event-filed", "2026-03-02T00:00+07:00", Instant.parse("2026-03-02T01:00:00Z"));
        dispute.on(new MediatorAssignedEvent(id, "m-1", received.plusDays(1), false));
        dispute.on(new PartyAbsenceRecordedEvent(id, DisputeParty.EMPLOYER_SIDE, received.plusDays(2), 1));
        dispute.on(new MediationFailedEvent(id, received.plusDays(3), MediationFailureReason.NO_AGREEMENT, "None",
                new LegalDeadline(DeadlineKind.MEDIATION_RECORDS_DELIVERY, received.plusDays(4), "Art 188(4)"),
                "VN-2025.07"));
        dispute.on(new StrikeOpinionCollectionStartedEvent(id, "Union", true, OpinionCollectionMethod.ALL_EMPLOYEES,
                received.plusDays(4), received.plusDays(5), List.of(), "VN-2025.07"));
        dispute.on(new StrikeStartedEvent(id, received.plusDays(6), 800, false,
                List.of(new StrikeViolation("Art 202", "No notice")), "VN-2025.07"));
        dispute.on(new DisputeClosedEvent(id, received.plusDays(9), "Filed away", DisputeStatus.MEDIATION_FAILED));

        DisputeCase restored = mapper.readValue(mapper.writeValueAsBytes(dispute), DisputeCase.class);

        assertThat(restored).usingRecursiveComparison().isEqualTo(dispute);
    }

    @Test
    void workStoppage_readsBackEqual() throws Exception {
        var stoppage = new WorkStoppage();
        var stoppageId = WorkStoppageId.create();
        stoppage.on(new WorkStoppageReportedEvent(stoppageId, CaseNumber.parse("WS-24-2026-000001"), Province.BAC_NINH,
                TaxCode.of("2300123456"), "Electronics", 350, List.of("Bonus"), received, null, false,
                List.of(new StrikeViolation("Art 204(2)", "Spontaneous")), "VN-2025.07"));
        stoppage.on(new WorkStoppageEndedEvent(stoppageId, received.plusDays(2), "Agreed"));

        WorkStoppage restored = mapper.readValue(mapper.writeValueAsBytes(stoppage), WorkStoppage.class);

        assertThat(restored).usingRecursiveComparison().isEqualTo(stoppage);
    }
}
