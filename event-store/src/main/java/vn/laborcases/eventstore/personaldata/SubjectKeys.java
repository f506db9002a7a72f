package vn.laborcases.eventstore.personaldata;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.laborcases.api.personaldata.PersonIdentity;
import vn.laborcases.api.personaldata.SealedPersonalData;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The key table personal_data_key (command-side migration V5): one AES key per data subject,
 * NULL once the subject is erased. The command side writes it in the command's transaction;
 * the query side reads it from the same database to open what it shows.
 */
public class SubjectKeys {

    private final JdbcClient jdbc;

    public SubjectKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A subject's key row; {@code key} is null once erased. */
    public record SubjectKey(UUID subjectId, byte[] key, OffsetDateTime createdAt, OffsetDateTime erasedAt,
                             String erasedBy, String reason) {
        public boolean erased() {
            return key == null;
        }
    }

    /** Makes a new data subject with its own key, and seals its identity under it. */
    public SealedPersonalData sealNewSubject(PersonIdentity identity) {
        UUID subjectId = UUID.randomUUID();
        byte[] key = PersonalDataSeal.newKey();
        jdbc.sql("INSERT INTO personal_data_key (subject_id, key) VALUES (:subject, :key)")
                .param("subject", subjectId).param("key", key).update();
        return PersonalDataSeal.seal(subjectId, key, identity);
    }

    public Optional<SubjectKey> find(UUID subjectId) {
        return jdbc.sql("""
                        SELECT subject_id, key, created_at, erased_at, erased_by, reason
                        FROM personal_data_key WHERE subject_id = :subject""")
                .param("subject", subjectId)
                .query((rs, row) -> new SubjectKey(rs.getObject(1, UUID.class), rs.getBytes(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getObject(4, OffsetDateTime.class),
                        rs.getString(5), rs.getString(6)))
                .optional();
    }

    /**
     * Destroys the subject's key; a second erasure changes nothing and keeps the first one's record.
     *
     * @return the key row after the erasure, empty when there is no such subject
     */
    public Optional<SubjectKey> erase(UUID subjectId, String erasedBy, String reason) {
        jdbc.sql("""
                        UPDATE personal_data_key SET key = NULL, erased_at = now(), erased_by = :by, reason = :reason
                        WHERE subject_id = :subject AND key IS NOT NULL""")
                .param("subject", subjectId).param("by", erasedBy).param("reason", reason).update();
        return find(subjectId);
    }
}
