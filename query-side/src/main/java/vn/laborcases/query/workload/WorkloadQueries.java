package vn.laborcases.query.workload;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.query.security.Jurisdiction;
import vn.laborcases.api.Province;
import vn.laborcases.query.web.Page;
import vn.laborcases.query.web.PageRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workload per assignee, read from the radar's tables and the assignee table: the cases of
 * the reader's provinces only.
 */
@Component
class WorkloadQueries {

    /**
     * The case's assignee, looked up by primary key from the province's cases. OFFSET 0 keeps
     * PostgreSQL from flattening the lookup into a hash join that reads the whole table.
     */
    private static final String ASSIGNEE =
            " CROSS JOIN LATERAL (SELECT w.assignee FROM workload_assignee w WHERE w.case_id = c.case_id OFFSET 0) a ";

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;

    WorkloadQueries(JdbcClient jdbc, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
    }

    Page<WorkloadView> find(Province province, LocalDate today, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        List<String> conditions = new ArrayList<>();
        if (province != null) {
            conditions.add("c.province = :province");
            params.put("province", province.name());
        }
        jurisdiction.narrow(conditions, "c.province");
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jurisdiction.bind(jdbc.sql("SELECT count(DISTINCT a.assignee) FROM radar_case c" + ASSIGNEE
                        + where))
                .params(params).query(Long.class).single();
        params.put("limit", page.limit());
        params.put("offset", page.offset());
        // Deadlines are counted per case, so that they do not multiply the count of cases.
        var items = jurisdiction.bind(jdbc.sql("""
                        SELECT a.assignee,
                               count(*) FILTER (WHERE c.is_open) AS open_cases,
                               coalesce(sum(dl.open_deadlines), 0) AS open_deadlines,
                               coalesce(sum(dl.missed_deadlines), 0) AS missed_deadlines
                        FROM radar_case c""" + ASSIGNEE + """
                        CROSS JOIN LATERAL (SELECT
                                   count(*) FILTER (WHERE d.state = 'OPEN' AND d.due_on >= :today) AS open_deadlines,
                                   count(*) FILTER (WHERE d.state = 'MISSED'
                                                    OR (d.state = 'OPEN' AND d.due_on < :today)) AS missed_deadlines
                                   FROM radar_deadline d WHERE d.case_id = c.case_id) dl""" + where + """
                         GROUP BY a.assignee
                        ORDER BY open_deadlines DESC, a.assignee ASC
                        LIMIT :limit OFFSET :offset"""))
                .params(params)
                .query((rs, n) -> new WorkloadView(rs.getString("assignee"), rs.getLong("open_cases"),
                        rs.getLong("open_deadlines"), rs.getLong("missed_deadlines")))
                .list();
        return Page.of(items, page, total);
    }
}
