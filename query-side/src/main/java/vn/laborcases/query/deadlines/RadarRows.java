package vn.laborcases.query.deadlines;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.Province;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The radar's writes, shared by the handlers of every case type. Every handler first claims
 * the event with {@link #startCase} or {@link #advance}; a redelivered event claims nothing
 * and so changes nothing.
 */
@Component
class RadarRows {

    private final JdbcClient jdbc;

    RadarRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new case; false if it is on file already (the event is a redelivery). */
    boolean startCase(UUID caseId, CaseType type, CaseNumber number, Province province, long sequence) {
        return jdbc.sql("""
                        INSERT INTO radar_case (case_id, case_type, case_number, province, is_open, last_sequence)
                        VALUES (:id, :type, :number, :province, TRUE, :sequence)
                        ON CONFLICT (case_id) DO NOTHING""")
                .param("id", caseId).param("type", type.name()).param("number", number.value())
                .param("province", province.name()).param("sequence", sequence)
                .update() == 1;
    }

    /** Moves the case to this event; false if the event was applied already. */
    boolean advance(UUID caseId, long sequence) {
        return jdbc.sql("UPDATE radar_case SET last_sequence = :sequence WHERE case_id = :id AND last_sequence < :sequence")
                .param("id", caseId).param("sequence", sequence)
                .update() == 1;
    }

    void open(UUID caseId, LegalDeadline deadline) {
        open(caseId, deadline.kind().name(), deadline.kind(), deadline.dueOn(), deadline.legalBasis());
    }

    /** Opens a deadline, or re-opens it with its new due day (an inspection's extension). */
    void open(UUID caseId, String key, DeadlineKind kind, LocalDate dueOn, String legalBasis) {
        jdbc.sql("""
                        INSERT INTO radar_deadline (case_id, deadline_key, case_type, case_number, province, kind,
                                                    due_on, legal_basis, state, resolved_on)
                        SELECT case_id, :key, case_type, case_number, province, :kind, :due, :basis, 'OPEN', NULL
                        FROM radar_case WHERE case_id = :id
                        ON CONFLICT (case_id, deadline_key) DO UPDATE
                        SET due_on = EXCLUDED.due_on, legal_basis = EXCLUDED.legal_basis, state = 'OPEN',
                            resolved_on = NULL""")
                .param("id", caseId).param("key", key).param("kind", kind.name()).param("due", dueOn)
                .param("basis", legalBasis)
                .update();
    }

    void met(UUID caseId, DeadlineKind kind, LocalDate on) {
        settle(caseId, kind.name(), DeadlineState.MET, on);
    }

    /** A lapse is recorded the day after the last day on time: that day is when it was missed. */
    void missed(UUID caseId, DeadlineKind kind, LocalDate dueOn) {
        settle(caseId, kind.name(), DeadlineState.MISSED, firstDayLate(dueOn));
    }

    /** Settles an open deadline; one settled already keeps its outcome (a late step stays missed). */
    void settle(UUID caseId, String key, DeadlineState state, LocalDate on) {
        jdbc.sql("""
                        UPDATE radar_deadline SET state = :state, resolved_on = :on
                        WHERE case_id = :id AND deadline_key = :key AND state = 'OPEN'""")
                .param("id", caseId).param("key", key).param("state", state.name()).param("on", on)
                .update();
    }

    /** Closure or withdrawal: the case's open deadlines no longer run. */
    void close(UUID caseId, LocalDate on) {
        jdbc.sql("UPDATE radar_deadline SET state = 'CANCELLED', resolved_on = :on WHERE case_id = :id AND state = 'OPEN'")
                .param("id", caseId).param("on", on)
                .update();
        jdbc.sql("UPDATE radar_case SET is_open = FALSE WHERE case_id = :id").param("id", caseId).update();
    }

    /** A reopened case counts as open again; its cancelled deadlines stay cancelled, as in the case file. */
    void reopen(UUID caseId) {
        jdbc.sql("UPDATE radar_case SET is_open = TRUE WHERE case_id = :id").param("id", caseId).update();
    }

    // ---- one-step events: claim the event, then apply it

    void met(UUID caseId, long sequence, DeadlineKind kind, LocalDate on) {
        if (advance(caseId, sequence)) {
            met(caseId, kind, on);
        }
    }

    void missed(UUID caseId, long sequence, DeadlineKind kind, LocalDate dueOn) {
        if (advance(caseId, sequence)) {
            missed(caseId, kind, dueOn);
        }
    }

    void settle(UUID caseId, long sequence, String key, DeadlineState state, LocalDate on) {
        if (advance(caseId, sequence)) {
            settle(caseId, key, state, on);
        }
    }

    void close(UUID caseId, long sequence, LocalDate on) {
        if (advance(caseId, sequence)) {
            close(caseId, on);
        }
    }

    void reopen(UUID caseId, long sequence) {
        if (advance(caseId, sequence)) {
            reopen(caseId);
        }
    }

    /** A deadline that lapses is settled on the first day past it. */
    static LocalDate firstDayLate(LocalDate dueOn) {
        return dueOn.plusDays(1);
    }

    void reset() {
        jdbc.sql("DELETE FROM radar_deadline").update();
        jdbc.sql("DELETE FROM radar_case").update();
    }
}
