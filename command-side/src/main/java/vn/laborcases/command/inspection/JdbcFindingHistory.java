package vn.laborcases.command.inspection;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.inspection.FindingRecordedEvent;
import vn.laborcases.api.inspection.InspectionId;
import vn.laborcases.api.inspection.PriorFinding;
import vn.laborcases.api.inspection.ViolationCategory;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The finding history in table {@code inspection_finding_history}. Its processing group is a
 * subscribing processor (application.yml), so the row is written in the unit of work, and the
 * transaction, that appends the event: the row exists exactly when the event does. The insert
 * ignores an event id it already holds, so a replay changes nothing.
 */
@Component
@ProcessingGroup(JdbcFindingHistory.PROCESSING_GROUP)
class JdbcFindingHistory implements FindingHistory {

    static final String PROCESSING_GROUP = "inspection-finding-history";

    private final JdbcClient jdbc;

    JdbcFindingHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FindingRecordedEvent event, @MessageIdentifier String eventId) {
        jdbc.sql("""
                        INSERT INTO inspection_finding_history
                            (event_id, tax_code, category, found_on, inspection_id, finding_id)
                        VALUES (:eventId, :taxCode, :category, :foundOn, :inspectionId, :findingId)
                        ON CONFLICT (event_id) DO NOTHING
                        """)
                .param("eventId", eventId)
                .param("taxCode", event.taxCode().value())
                .param("category", event.category().name())
                .param("foundOn", event.foundOn())
                .param("inspectionId", event.inspectionId().value())
                .param("findingId", event.findingId())
                .update();
    }

    @Override
    public Optional<PriorFinding> latest(TaxCode taxCode, ViolationCategory category, LocalDate from, LocalDate to,
                                         InspectionId excluding) {
        // Two inspections recording the same category at the same enterprise at the same
        // moment would each miss the other; this lock, held to the end of the command's
        // transaction (which also writes the history row), makes the second one wait and see
        // the first.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "finding:" + taxCode.value() + ":" + category.name())
                .query((rs, row) -> 1).single();
        return jdbc.sql("""
                        SELECT inspection_id, finding_id, found_on FROM inspection_finding_history
                        WHERE tax_code = :taxCode AND category = :category AND found_on BETWEEN :from AND :to
                          AND inspection_id <> :excluding
                        ORDER BY found_on DESC, event_id LIMIT 1
                        """)
                .param("taxCode", taxCode.value())
                .param("category", category.name())
                .param("from", from)
                .param("to", to)
                .param("excluding", excluding.value())
                .query((rs, row) -> new PriorFinding(new InspectionId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class)))
                .optional();
    }
}
