package vn.laborcases.query.coverage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.Province;
import vn.laborcases.query.outcomes.Ratios;
import vn.laborcases.query.security.Jurisdiction;

/**
 * Inspections opened in a period, by enterprise size band and by sector: how many, the share
 * that found at least one violation, and fines imposed (current amounts, after amendments)
 * against fines collected (payments recorded).
 */
@Component
public class InspectionCoverageQuery {

    public record Filter(Province province, LocalDate from, LocalDate to) {
    }

    /** One group: band is a SizeBand name, or sector a VSIC code (null: not recorded). */
    public record Group(String band, String label, String sector, long inspections, long withViolations,
                        Double shareWithViolations, long finesImposed, long finesCollected) {
    }

    public record Report(Filter filter, Group totals, List<Group> bySize, List<Group> bySector) {
    }

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;

    public InspectionCoverageQuery(JdbcClient jdbc, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
    }

    public Report report(Filter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.province() != null) {
            conditions.add("province = :province");
            params.put("province", filter.province().name());
        }
        jurisdiction.narrow(conditions, "province");
        if (filter.from() != null) {
            conditions.add("opened_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("opened_on <= :to");
            params.put("to", filter.to());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Group totals = groups(where, "NULL::text", params).get(0);
        Map<String, Group> bands = new LinkedHashMap<>();
        for (Group group : groups(where, "size_band", params)) {
            bands.put(group.band(), group);
        }
        // Every band is listed, with zeros where no inspection falls in it, so reports line up.
        List<Group> bySize = Arrays.stream(SizeBand.values())
                .map(band -> bands.getOrDefault(band.name(), new Group(band.name(), null, null, 0, 0, null, 0, 0)))
                .map(g -> new Group(g.band(), SizeBand.valueOf(g.band()).label(), null, g.inspections(),
                        g.withViolations(), g.shareWithViolations(), g.finesImposed(), g.finesCollected()))
                .toList();
        List<Group> bySector = groups(where, "sector", params).stream()
                .map(g -> new Group(null, null, g.band(), g.inspections(), g.withViolations(),
                        g.shareWithViolations(), g.finesImposed(), g.finesCollected()))
                .toList();
        return new Report(filter, totals, bySize, bySector);
    }

    private List<Group> groups(String where, String key, Map<String, Object> params) {
        String grouping = key.startsWith("NULL") ? "" : " GROUP BY i." + key + " ORDER BY i." + key + " NULLS LAST";
        String column = key.startsWith("NULL") ? key : "i." + key;
        // Findings and fines are looked up per inspection of the period, by index; OFFSET 0 keeps
        // PostgreSQL from turning the look-ups into joins that read both tables whole.
        return jurisdiction.bind(jdbc.sql("""
                        SELECT %s AS grp,
                               count(*) AS inspections,
                               count(*) FILTER (WHERE x.violated) AS violating,
                               COALESCE(sum(x.imposed), 0) AS imposed,
                               COALESCE(sum(x.collected), 0) AS collected
                          FROM cov_inspection i
                          CROSS JOIN LATERAL (
                               SELECT EXISTS (SELECT 1 FROM cov_finding f WHERE f.inspection_id = i.inspection_id)
                                          AS violated,
                                      sum(s.current_amount) AS imposed, sum(s.paid) AS collected
                                 FROM cov_sanction s WHERE s.inspection_id = i.inspection_id OFFSET 0) x%s%s"""
                        .formatted(column, where, grouping)))
                .params(params)
                .query(InspectionCoverageQuery::group)
                .list();
    }

    private static Group group(ResultSet rs, int row) throws SQLException {
        long inspections = rs.getLong("inspections");
        long violating = rs.getLong("violating");
        return new Group(rs.getString("grp"), null, null, inspections, violating, Ratios.share(violating, inspections),
                rs.getLong("imposed"), rs.getLong("collected"));
    }
}
