package vn.laborcases.query.workload;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.Province;
import vn.laborcases.query.web.Page;
import vn.laborcases.query.web.PageRequest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The workload per assignee, read from the radar's tables and the assignee table. */
@Component
class WorkloadQueries {

    private final JdbcClient jdbc;

    WorkloadQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<WorkloadView> find(Province province, LocalDate today, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        String where = "";
        if (province != null) {
            where = " WHERE c.province = :province";
            params.put("province", province.name());
        }
        long total = jdbc.sql("SELECT count(DISTINCT a.assignee) FROM workload_assignee a"
                + " JOIN radar_case c ON c.case_id = a.case_id" + where).params(params).query(Long.class).single();
        params.put("limit", page.limit());
        params.put("offset", page.offset());
        // Deadlines are counted per case first, so that they do not multiply the count of cases.
        var items = jdbc.sql("""
                        SELECT a.assignee,
                               count(*) FILTER (WHERE c.is_open) AS open_cases,
                               coalesce(sum(dl.open_deadlines), 0) AS open_deadlines,
                               coalesce(sum(dl.missed_deadlines), 0) AS missed_deadlines
                        FROM workload_assignee a
                        JOIN radar_case c ON c.case_id = a.case_id
                        LEFT JOIN (SELECT case_id,
                                          count(*) FILTER (WHERE state = 'OPEN' AND due_on >= :today) AS open_deadlines,
                                          count(*) FILTER (WHERE state = 'MISSED'
                                                           OR (state = 'OPEN' AND due_on < :today)) AS missed_deadlines
                                   FROM radar_deadline GROUP BY case_id) dl ON dl.case_id = a.case_id""" + where + """
                         GROUP BY a.assignee
                        ORDER BY open_deadlines DESC, a.assignee ASC
                        LIMIT :limit OFFSET :offset""")
                .params(params)
                .query((rs, n) -> new WorkloadView(rs.getString("assignee"), rs.getLong("open_cases"),
                        rs.getLong("open_deadlines"), rs.getLong("missed_deadlines")))
                .list();
        return Page.of(items, page, total);
    }
}
