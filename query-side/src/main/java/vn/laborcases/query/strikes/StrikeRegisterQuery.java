package vn.laborcases.query.strikes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.Province;
import vn.laborcases.query.outcomes.Ratios;
import vn.laborcases.query.security.Jurisdiction;
import vn.laborcases.query.web.Page;
import vn.laborcases.query.web.PageRequest;

/**
 * The strike and work-stoppage register and its summary, over the strikes and stoppages that
 * started in a period. Ownership and sector are not on the dispute or stoppage events, so rows
 * carry them as null rather than guess them.
 */
@Component
public class StrikeRegisterQuery {

    public record Filter(Province province, LocalDate from, LocalDate to, Boolean lawful) {
    }

    public record Row(String kind, UUID caseId, String caseNumber, String taxCode, String enterpriseName,
                      String province, String ownership, String sector, int workersInvolved, LocalDate startedOn,
                      LocalDate endedOn, Integer durationDays, boolean lawful, boolean courtRuled,
                      List<String> violations, List<String> demands) {
    }

    public record Summary(long count, long strikes, long workStoppages, long ongoing, long workersInvolved,
                          Double meanDurationDays, long unlawful, Double shareUnlawful) {
    }

    /** The orders a page can be read in; both use the started_on indexes. */
    public enum Sort {
        STARTED_DESC("started_on DESC, row_id DESC"),
        STARTED_ASC("started_on, row_id");

        private final String sql;

        Sort(String sql) {
            this.sql = sql;
        }
    }

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;

    public StrikeRegisterQuery(JdbcClient jdbc, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
    }

    public Page<Row> find(Filter filter, Sort sort, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        params.put("limit", page.limit());
        params.put("offset", page.offset());
        List<Long> total = new ArrayList<>();
        List<Row> rows = jurisdiction.bind(jdbc.sql("SELECT *, count(*) OVER () AS total FROM stk_register" + where
                        + " ORDER BY " + sort.sql + " LIMIT :limit OFFSET :offset"))
                .params(params)
                .query((rs, n) -> {
                    if (total.isEmpty()) {
                        total.add(rs.getLong("total"));
                    }
                    return row(rs);
                })
                .list();
        long count = total.isEmpty() ? countOf(where, params) : total.get(0);
        return Page.of(rows, page, count);
    }

    public Summary summary(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        return jurisdiction.bind(jdbc.sql("""
                        SELECT count(*) AS total,
                               count(*) FILTER (WHERE kind = 'STRIKE') AS strikes,
                               count(*) FILTER (WHERE ended_on IS NULL) AS ongoing,
                               COALESCE(sum(workers_involved), 0) AS workers,
                               COALESCE(sum(duration_days), 0) AS days,
                               count(duration_days) AS ended,
                               count(*) FILTER (WHERE NOT lawful) AS unlawful
                          FROM stk_register""" + where))
                .params(params)
                .query((rs, n) -> {
                    long count = rs.getLong("total");
                    long strikes = rs.getLong("strikes");
                    long unlawful = rs.getLong("unlawful");
                    return new Summary(count, strikes, count - strikes, rs.getLong("ongoing"), rs.getLong("workers"),
                            Ratios.mean(rs.getLong("days"), rs.getLong("ended")), unlawful,
                            Ratios.share(unlawful, count));
                })
                .single();
    }

    private long countOf(String where, Map<String, Object> params) {
        // The page was past the end: count without it, so the total stays right.
        return jurisdiction.bind(jdbc.sql("SELECT count(*) FROM stk_register" + where)).params(params)
                .query(Long.class).single();
    }

    private String where(Filter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        jurisdiction.narrow(conditions, "province");
        if (filter.province() != null) {
            conditions.add("province = :province");
            params.put("province", filter.province().name());
        }
        if (filter.from() != null) {
            conditions.add("started_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("started_on <= :to");
            params.put("to", filter.to());
        }
        if (filter.lawful() != null) {
            conditions.add("lawful = :lawful");
            params.put("lawful", filter.lawful());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Row row(ResultSet rs) throws SQLException {
        Integer duration = rs.getObject("duration_days", Integer.class);
        return new Row(rs.getString("kind"), rs.getObject("case_id", UUID.class), rs.getString("case_number"),
                rs.getString("tax_code"), rs.getString("enterprise_name"), rs.getString("province"), null, null,
                rs.getInt("workers_involved"), rs.getObject("started_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), duration, rs.getBoolean("lawful"),
                rs.getBoolean("court_ruled"), texts(rs.getArray("violations")), texts(rs.getArray("demands")));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }
}
