package vn.laborcases.query.replay;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finished comparisons, kept in PostgreSQL: an auditor's proof that the read model matched the
 * events outlives the instance that ran the comparison.
 */
@Component
class ComparisonRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ComparisonRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void keep(ComparisonRun.View finished) {
        jdbc.sql("""
                        INSERT INTO projection_comparison (id, finished_at, status, faithful, total_differences, result)
                        VALUES (?, now(), ?, ?, ?, ?::jsonb) ON CONFLICT (id) DO NOTHING""")
                .params(finished.id(), finished.status().name(), finished.faithful(), finished.totalDifferences(),
                        json.writeValueAsString(finished))
                .update();
    }

    Optional<ComparisonRun.View> find(UUID id) {
        return jdbc.sql("SELECT result::text FROM projection_comparison WHERE id = ?").param(id)
                .query(String.class).optional()
                .map(result -> json.readValue(result, ComparisonRun.View.class));
    }

    List<Summary> latest(int limit) {
        return jdbc.sql("""
                        SELECT id, finished_at, status, faithful, total_differences FROM projection_comparison
                        ORDER BY finished_at DESC LIMIT ?""")
                .param(limit)
                .query((rs, row) -> new Summary(rs.getObject("id", UUID.class),
                        rs.getObject("finished_at", OffsetDateTime.class).toInstant(), rs.getString("status"),
                        (Boolean) rs.getObject("faithful"), rs.getLong("total_differences")))
                .list();
    }

    /** One finished comparison in a list; its differences are at /admin/projections/comparisons/{id}. */
    record Summary(UUID id, Instant finishedAt, String status, Boolean faithful, long totalDifferences) {
    }
}
