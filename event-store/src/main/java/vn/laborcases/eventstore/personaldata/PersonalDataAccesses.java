package vn.laborcases.eventstore.personaldata;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The record of every read of a person's identity in clear (table personal_data_access,
 * command-side migration V5), written by both apps into the one table, so an auditor reads one
 * list: who read whose data, in what role, which fields, through what.
 */
public class PersonalDataAccesses {

    static final String FIELDS = "name,idNumber,phone";

    private final JdbcClient jdbc;

    public PersonalDataAccesses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One read; {@code id} orders them and is the cursor of the list. */
    public record Access(long id, OffsetDateTime at, String reader, String role, UUID subjectId, String fields,
                         String purpose) {
    }

    void record(PersonalDataReader reader, UUID subjectId, String purpose) {
        jdbc.sql("""
                        INSERT INTO personal_data_access (reader, role, subject_id, fields, purpose)
                        VALUES (:reader, :role, :subject, :fields, :purpose)""")
                .param("reader", reader.id()).param("role", reader.role()).param("subject", subjectId)
                .param("fields", FIELDS).param("purpose", purpose).update();
    }

    /** The reads after the cursor, oldest first; of one subject when {@code subjectId} is given. */
    public List<Access> list(UUID subjectId, long after, int limit) {
        return jdbc.sql("""
                        SELECT id, at, reader, role, subject_id, fields, purpose FROM personal_data_access
                        WHERE id > :after AND (CAST(:subject AS uuid) IS NULL OR subject_id = :subject)
                        ORDER BY id LIMIT :limit""")
                .param("after", after).param("subject", subjectId).param("limit", limit)
                .query((rs, row) -> new Access(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6),
                        rs.getString(7)))
                .list();
    }
}
