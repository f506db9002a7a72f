package vn.laborcases.query.outcomes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.Province;
import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.query.security.Jurisdiction;

/**
 * Dispute outcomes over the disputes filed (received) in a period: counts by SQL aggregates,
 * then the rates, mean and median by {@link Ratios}. Days to resolution are calendar days from
 * receipt to the first settlement, arbitration compliance or court judgment.
 */
@Component
public class DisputeOutcomesQuery {

    public record Filter(Province province, java.time.LocalDate from, java.time.LocalDate to, DisputeKind kind) {
    }

    /** The figures of one group; province is null for the totals. */
    public record Figures(String province, long filed, long mediationsConcluded, long settled, long failed,
                          long lapsed, Double mediationSuccessRate, long resolved, Double medianDaysToResolution,
                          Double meanDaysToResolution, long escalated, Double shareEscalated,
                          long timeBarOverridden, Double shareTimeBarred) {
    }

    public record Report(Filter filter, Figures totals, List<Figures> byProvince) {
    }

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;

    public DisputeOutcomesQuery(JdbcClient jdbc, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
    }

    public Report report(Filter filter, boolean byProvince) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.province() != null) {
            conditions.add("province = :province");
            params.put("province", filter.province().name());
        }
        jurisdiction.narrow(conditions, "province");
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.from() != null) {
            conditions.add("received_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("received_on <= :to");
            params.put("to", filter.to());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Figures totals = figures(where, "", params).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("an aggregate without GROUP BY returns one row"));
        List<Figures> groups = byProvince ? figures(where, "province", params) : null;
        return new Report(filter, totals, groups);
    }

    private List<Figures> figures(String where, String groupBy, Map<String, Object> params) {
        String key = groupBy.isEmpty() ? "NULL::text" : groupBy;
        String grouping = groupBy.isEmpty() ? "" : " GROUP BY " + groupBy + " ORDER BY " + groupBy;
        return jurisdiction.bind(jdbc.sql("""
                        SELECT %s AS grp,
                               count(*) AS filed,
                               count(*) FILTER (WHERE mediation_outcome = 'SETTLED') AS settled,
                               count(*) FILTER (WHERE mediation_outcome = 'FAILED') AS failed,
                               count(*) FILTER (WHERE mediation_outcome = 'LAPSED') AS lapsed,
                               count(*) FILTER (WHERE escalated) AS escalated,
                               count(*) FILTER (WHERE time_bar_overridden) AS overridden,
                               count(resolved_on) AS resolved,
                               COALESCE(sum(resolved_on - received_on), 0) AS resolution_days,
                               array_agg(resolved_on - received_on) FILTER (WHERE resolved_on IS NOT NULL) AS days
                          FROM out_dispute%s%s""".formatted(key, where, grouping)))
                .params(params)
                .query(DisputeOutcomesQuery::figures)
                .list();
    }

    private static Figures figures(ResultSet rs, int row) throws SQLException {
        long filed = rs.getLong("filed");
        long settled = rs.getLong("settled");
        long failed = rs.getLong("failed");
        long lapsed = rs.getLong("lapsed");
        long escalated = rs.getLong("escalated");
        long overridden = rs.getLong("overridden");
        long resolved = rs.getLong("resolved");
        List<Integer> days = days(rs.getArray("days"));
        return new Figures(rs.getString("grp"), filed, settled + failed + lapsed, settled, failed, lapsed,
                Ratios.mediationSuccessRate(settled, failed, lapsed), resolved, Ratios.median(days),
                Ratios.mean(rs.getLong("resolution_days"), resolved), escalated, Ratios.share(escalated, filed),
                overridden, Ratios.share(overridden, filed));
    }

    private static List<Integer> days(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }
}
