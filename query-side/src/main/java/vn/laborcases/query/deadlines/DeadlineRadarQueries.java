package vn.laborcases.query.deadlines;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.query.security.Jurisdiction;
import vn.laborcases.query.web.Page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the radar: only validated values reach the SQL, and the sort only from the whitelist;
 * only the deadlines of cases in the reader's provinces.
 */
@Component
class DeadlineRadarQueries {

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;

    DeadlineRadarQueries(JdbcClient jdbc, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
    }

    Page<DeadlineView> find(DeadlineQuery query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("today", query.today());
        if (query.missed()) {
            // A lapse is recorded only when the scheduler gets round to it; until then the
            // deadline is still OPEN with its last day behind us, and is missed all the same.
            // The state list first, so that the (state, province/type/kind, due_on) indexes apply.
            where.add("d.state IN ('MISSED', 'OPEN') AND (d.state = 'MISSED' OR d.due_on < :today)");
        } else {
            where.add("d.state = 'OPEN' AND d.due_on >= :today AND d.due_on < :until");
            params.put("until", query.window().toExclusive());
        }
        if (query.province() != null) {
            where.add("d.province = :province");
            params.put("province", query.province().name());
        }
        jurisdiction.narrow(where, "d.province");
        if (query.caseType() != null) {
            where.add("d.case_type = :caseType");
            params.put("caseType", query.caseType().name());
        }
        if (query.kind() != null) {
            where.add("d.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.assignee() != null) {
            where.add("d.case_id IN (SELECT w.case_id FROM workload_assignee w WHERE w.assignee = :assignee)");
            params.put("assignee", query.assignee());
        }
        String from = " FROM radar_deadline d WHERE " + String.join(" AND ", where);
        long total = jurisdiction.bind(jdbc.sql("SELECT count(*)" + from)).params(params).query(Long.class).single();
        params.put("limit", query.page().limit());
        params.put("offset", query.page().offset());
        List<DeadlineView> items = jurisdiction.bind(jdbc.sql("""
                        SELECT d.case_id, d.case_type, d.case_number, d.province, d.kind, d.due_on, d.legal_basis,
                               d.state, d.resolved_on,
                               -- looked up for the page's rows only, by primary key: a join here
                               -- made PostgreSQL read both tables whole
                               (SELECT w.assignee FROM workload_assignee w WHERE w.case_id = d.case_id) AS assignee""" + from
                        + " ORDER BY " + query.orderBy() + " LIMIT :limit OFFSET :offset"))
                .params(params)
                .query((rs, n) -> new DeadlineView(rs.getObject("case_id", UUID.class), rs.getString("case_type"),
                        rs.getString("case_number"), rs.getString("province"), rs.getString("kind"),
                        rs.getObject("due_on", java.time.LocalDate.class), rs.getString("legal_basis"),
                        rs.getString("state"), rs.getObject("resolved_on", java.time.LocalDate.class),
                        rs.getString("assignee")))
                .list();
        return Page.of(items, query.page(), total);
    }
}
