package vn.laborcases.query.caselist;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.query.replay.ProjectionWrites;
import vn.laborcases.query.replay.ShadowWrites;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The writes of the case list. Every write is idempotent: a case is inserted once (its first
 * event), and an update applies only when its event's sequence is above the row's
 * last_sequence, so a redelivered event changes nothing. Rows that changed are handed to the
 * {@link CaseListBroadcaster} after the transaction commits, never before: a screen must not
 * see a row that a rollback would take back.
 */
@Component
class CaseListRows {

    private static final String CHANGED_CASES = CaseListRows.class.getName() + ".changed";

    private final JdbcClient jdbc;
    private final ProjectionWrites writes;
    private final CaseListBroadcaster broadcaster;

    CaseListRows(JdbcClient jdbc, ProjectionWrites writes, CaseListBroadcaster broadcaster) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.broadcaster = broadcaster;
    }

    /** A case's first event: its row. */
    void open(UUID caseId, CaseType type, CaseNumber number, Province province, TaxCode taxCode, String name,
              String status, LocalDate openedOn, long sequence, Instant at) {
        writes.update("""
                        INSERT INTO case_list (case_id, case_type, case_number, province, enterprise_tax_code,
                                               enterprise_name, status, opened_on, last_event_at, last_sequence)
                        VALUES (:id, :type, :number, :province, :taxCode, :name, :status, :openedOn, :at, :sequence)
                        ON CONFLICT (case_id) DO NOTHING""",
                new MapSqlParameterSource("id", caseId).addValue("type", type.name())
                        .addValue("number", number.value()).addValue("province", province.name())
                        .addValue("taxCode", taxCode.value()).addValue("name", name).addValue("status", status)
                        .addValue("openedOn", openedOn).addValue("at", timestamp(at)).addValue("sequence", sequence),
                inserted -> changed(caseId, inserted));
    }

    /** Any later event: its record time and sequence, nothing else. */
    void touch(UUID caseId, long sequence, Instant at) {
        update(caseId, sequence, at, null, null, null, false, null);
    }

    /** The enterprise's name as corrected. */
    void rename(UUID caseId, long sequence, Instant at, String name) {
        update(caseId, sequence, at, null, null, name, false, null);
    }

    void status(UUID caseId, long sequence, Instant at, Enum<?> status) {
        update(caseId, sequence, at, status.name(), null, null, false, null);
    }

    void assign(UUID caseId, long sequence, Instant at, Enum<?> status, String assignee) {
        update(caseId, sequence, at, status.name(), assignee, null, false, null);
    }

    /** Closed (or, for a work stoppage, ended) on {@code closedOn}. */
    void close(UUID caseId, long sequence, Instant at, Enum<?> status, LocalDate closedOn) {
        update(caseId, sequence, at, status.name(), null, null, true, closedOn);
    }

    /** Reopened at the status the event restores; the closing day no longer applies. */
    void reopen(UUID caseId, long sequence, Instant at, Enum<?> restoredStatus) {
        update(caseId, sequence, at, restoredStatus.name(), null, null, true, null);
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM case_list").update();
    }

    private void update(UUID caseId, long sequence, Instant at, String status, String assignee, String name,
                        boolean setClosedOn, LocalDate closedOn) {
        writes.update("""
                        UPDATE case_list
                           SET status = COALESCE(CAST(:status AS VARCHAR), status),
                               assignee = COALESCE(CAST(:assignee AS VARCHAR), assignee),
                               enterprise_name = COALESCE(CAST(:name AS VARCHAR), enterprise_name),
                               closed_on = CASE WHEN :setClosedOn THEN CAST(:closedOn AS DATE) ELSE closed_on END,
                               last_event_at = :at,
                               last_sequence = :sequence
                         WHERE case_id = :id AND last_sequence < :sequence""",
                new MapSqlParameterSource("status", status).addValue("assignee", assignee).addValue("name", name)
                        .addValue("setClosedOn", setClosedOn).addValue("closedOn", closedOn)
                        .addValue("at", timestamp(at)).addValue("sequence", sequence).addValue("id", caseId),
                updated -> changed(caseId, updated));
    }

    /**
     * Collects the cases a batch changed and publishes them once, after its commit. Replays
     * (rebuilds) publish nothing: the rows they write are the ones the screens already have.
     * Nor do writes into a shadow (projection replay), which the screens never see.
     */
    private void changed(UUID caseId, int rows) {
        if (rows == 0 || ShadowWrites.inProgress()) {
            return;
        }
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
            if (unitOfWork.getMessage() instanceof EventMessage<?> event && ReplayToken.isReplay(event)) {
                return;
            }
            UnitOfWork<?> root = unitOfWork.root();
            Set<UUID> batch = root.getOrComputeResource(CHANGED_CASES, key -> {
                Set<UUID> ids = new LinkedHashSet<>();
                root.afterCommit(committed -> broadcaster.publish(ids));
                return ids;
            });
            batch.add(caseId);
        } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    broadcaster.publish(Set.of(caseId));
                }
            });
        } else {
            broadcaster.publish(Set.of(caseId));
        }
    }

    private static OffsetDateTime timestamp(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
