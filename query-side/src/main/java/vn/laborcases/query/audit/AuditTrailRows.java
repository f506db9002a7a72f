package vn.laborcases.query.audit;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.query.replay.ProjectionWrites;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The audit trail's tables: inserts that a redelivered event leaves as they were. */
@Component
class AuditTrailRows {

    /** One event of the trail, as its handler reads it from the message. */
    record Row(long globalIndex, String eventId, String caseId, long sequenceNumber, String eventType, String actor,
               String role, String onBehalfOf, Instant recordTime, OffsetDateTime businessTime, String reason,
               String legalBasis, String correlationId, String correctsEventId) {
    }

    private final JdbcClient jdbc;
    private final ProjectionWrites writes;

    AuditTrailRows(JdbcClient jdbc, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    void openCase(String caseId, CaseFacts facts) {
        writes.update("""
                        INSERT INTO audit_case (case_id, case_type, case_number, province, tax_code)
                        VALUES (:id, :type, :number, :province, :taxCode) ON CONFLICT DO NOTHING""",
                new MapSqlParameterSource("id", caseId).addValue("type", facts.caseType().name())
                        .addValue("number", facts.caseNumber()).addValue("province", facts.province())
                        .addValue("taxCode", facts.taxCode()));
    }

    /**
     * The event's row, with its case's columns as the case's opening event gave them. The casts
     * type the parameters a SELECT list would otherwise leave unknown when they are null.
     */
    void record(Row row) {
        writes.update("""
                        INSERT INTO audit_trail (global_index, event_id, case_id, case_type, case_number, province,
                               tax_code, sequence_number, event_type, actor, role, on_behalf_of, record_time,
                               business_time, reason, legal_basis, correlation_id, corrects_event_id)
                        SELECT :globalIndex, :eventId, :caseId, c.case_type, c.case_number, c.province, c.tax_code,
                               :sequence, :eventType, CAST(:actor AS varchar), CAST(:role AS varchar),
                               CAST(:onBehalfOf AS varchar), CAST(:recordTime AS timestamptz),
                               CAST(:businessTime AS timestamptz), CAST(:reason AS text),
                               CAST(:legalBasis AS varchar), CAST(:correlationId AS varchar),
                               CAST(:corrects AS varchar)
                        FROM (SELECT 1) AS event LEFT JOIN audit_case c ON c.case_id = :caseId
                        ON CONFLICT DO NOTHING""",
                new MapSqlParameterSource("globalIndex", row.globalIndex()).addValue("eventId", row.eventId())
                        .addValue("caseId", row.caseId()).addValue("sequence", row.sequenceNumber())
                        .addValue("eventType", row.eventType()).addValue("actor", row.actor())
                        .addValue("role", row.role()).addValue("onBehalfOf", row.onBehalfOf())
                        .addValue("recordTime", Timestamp.from(row.recordTime()))
                        .addValue("businessTime",
                                row.businessTime() == null ? null : Timestamp.from(row.businessTime().toInstant()))
                        .addValue("reason", row.reason()).addValue("legalBasis", row.legalBasis())
                        .addValue("correlationId", row.correlationId()).addValue("corrects", row.correctsEventId()));
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM audit_trail").update();
        jdbc.sql("DELETE FROM audit_case").update();
    }
}
