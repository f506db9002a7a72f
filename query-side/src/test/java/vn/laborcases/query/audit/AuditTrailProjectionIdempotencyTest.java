package vn.laborcases.query.audit;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.Envelope;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.arrears.ComplaintId;
import vn.laborcases.api.arrears.ComplaintRegisteredEvent;
import vn.laborcases.api.arrears.Complainant;
import vn.laborcases.api.arrears.PaymentRecordedEvent;
import vn.laborcases.api.arrears.WageRegion;
import vn.laborcases.query.ProjectionDatabase;
import vn.laborcases.query.replay.ProjectionWrites;

import javax.sql.DataSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The trail's handler, run twice on real PostgreSQL: the second delivery changes nothing; a reset empties it. */
class AuditTrailProjectionIdempotencyTest {

    private final DataSource database = ProjectionDatabase.migratedDataSource();
    private final JdbcClient jdbc = JdbcClient.create(database);
    private final AuditTrailProjection projection = new AuditTrailProjection(
            new AuditTrailRows(jdbc, new ProjectionWrites(new NamedParameterJdbcTemplate(database))));
    private final ComplaintId complaint = ComplaintId.create();

    @Test
    void aRedeliveredEventLeavesTheRowsOfOnce() {
        deliverCase();
        List<Map<String, Object>> once = rows();
        deliverCase();

        assertThat(rows()).isEqualTo(once).hasSize(2);
        Map<String, Object> payment = once.get(1);
        assertThat(payment).containsEntry("global_index", 42L).containsEntry("event_type", "PaymentRecordedEvent")
                .containsEntry("case_type", "WAGE_ARREARS").containsEntry("case_number", "WA-79-2026-000001")
                .containsEntry("province", "HO_CHI_MINH").containsEntry("tax_code", "0314567890")
                .containsEntry("actor", "insp-42").containsEntry("role", "INSPECTOR")
                .containsEntry("reason", "Bank statement").containsEntry("correlation_id", "corr-1");
        assertThat(payment.get("business_time").toString()).startsWith("2026-03-0");
        assertThat(payment.get("on_behalf_of")).isNull();

        projection.reset();
        assertThat(rows()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_case").query(Long.class).single()).isZero();
    }

    private void deliverCase() {
        deliver(41, 0, new ComplaintRegisteredEvent(complaint, CaseNumber.parse("WA-79-2026-000001"),
                Province.HO_CHI_MINH, TaxCode.of("0314567890"), "Công ty May", WageRegion.I, Complainant.UNION, 40,
                "Wages unpaid", LocalDate.of(2026, 3, 2), List.of(), "2026.1"));
        deliver(42, 1, new PaymentRecordedEvent(complaint, 1, LocalDate.of(2026, 3, 3), 12_000_000L, "UNC 1",
                List.of(), 0));
    }

    private void deliver(long globalIndex, long sequence, Object event) {
        var message = new GenericDomainEventMessage<>("ComplaintCase", complaint.toString(), sequence, event,
                MetaData.from(Map.of(Envelope.ACTOR, "insp-42", Envelope.ROLE, "INSPECTOR",
                        Envelope.REASON, "Bank statement", Envelope.BUSINESS_TIME, "2026-03-03T00:00+07:00",
                        Envelope.CORRELATION_ID, "corr-1")),
                "event-" + globalIndex, Instant.parse("2026-03-04T02:00:00Z"));
        projection.on(event, message, new GlobalSequenceTrackingToken(globalIndex));
    }

    private List<Map<String, Object>> rows() {
        return jdbc.sql("SELECT * FROM audit_trail ORDER BY global_index").query().listOfRows();
    }
}
