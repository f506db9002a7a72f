package vn.laborcases.query.enterprise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.Province;
import vn.laborcases.query.security.Jurisdiction;
import vn.laborcases.query.web.Page;
import vn.laborcases.query.web.PageRequest;

/**
 * The enterprises with findings found in a period: one row per enterprise, with the fines and
 * remediations of those findings only, so that a published list speaks of that period alone;
 * the findings of the reader's provinces only.
 */
@Component
public class ViolatingEnterprisesQuery {

    public record Row(String taxCode, String name, String province, List<String> categories, long findings,
                      boolean repeat, long finesImposed, long finesPaid, long remediationsOpen,
                      long remediationsVerified, long remediationsOverdue, long remediationsWaived) {
    }

    /** The sorts offered; each key maps to a fixed ORDER BY, never to text from the request. */
    public static final Map<String, String> SORTS = Map.of(
            "taxCode", "tax_code",
            "findings", "findings DESC, tax_code",
            "fines", "fines DESC, tax_code");

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;

    public ViolatingEnterprisesQuery(JdbcClient jdbc, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
    }

    public Page<Row> find(LocalDate from, LocalDate to, Province province, String sort, PageRequest page) {
        // The province condition is added only when asked for, so each shape of the query gets a
        // plan on its own index: (province, found_on) or (found_on).
        List<String> conditions = new ArrayList<>(List.of("found_on BETWEEN :from AND :to"));
        if (province != null) {
            conditions.add("province = :province");
        }
        jurisdiction.narrow(conditions, "province");
        String where = String.join(" AND ", conditions);
        String sql = """
                WITH f AS (SELECT finding_id, tax_code, enterprise_name, province, category, found_on, repeat
                             FROM ent_finding WHERE %s),
                per AS (
                    SELECT f.tax_code,
                           (array_agg(f.enterprise_name ORDER BY f.found_on DESC))[1] AS name,
                           (array_agg(f.province ORDER BY f.found_on DESC))[1] AS province,
                           string_agg(DISTINCT f.category, ',') AS categories,
                           count(*) AS findings, bool_or(f.repeat) AS repeat,
                           coalesce(sum(s.fines), 0) AS fines, coalesce(sum(s.paid), 0) AS paid,
                           coalesce(sum(r.open), 0) AS open, coalesce(sum(r.verified), 0) AS verified,
                           coalesce(sum(r.overdue), 0) AS overdue, coalesce(sum(r.waived), 0) AS waived
                      FROM f
                      LEFT JOIN LATERAL (SELECT sum(current_amount) AS fines, sum(paid) AS paid
                                           FROM ent_sanction WHERE finding_id = f.finding_id) s ON true
                      LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE status = 'OPEN') AS open,
                                                count(*) FILTER (WHERE status = 'VERIFIED') AS verified,
                                                count(*) FILTER (WHERE status = 'OVERDUE') AS overdue,
                                                count(*) FILTER (WHERE status = 'WAIVED') AS waived
                                           FROM ent_remediation WHERE finding_id = f.finding_id) r ON true
                     GROUP BY f.tax_code)
                SELECT per.*, count(*) OVER () AS total FROM per ORDER BY %s LIMIT :limit OFFSET :offset"""
                .formatted(where, SORTS.get(sort));
        var statement = jurisdiction.bind(jdbc.sql(sql)).param("from", from).param("to", to)
                .param("limit", page.limit()).param("offset", page.offset());
        if (province != null) {
            statement = statement.param("province", province.name());
        }
        long[] total = {0};
        List<Row> rows = statement.query((rs, n) -> {
            total[0] = rs.getLong("total");
            return new Row(rs.getString("tax_code"), rs.getString("name"), rs.getString("province"),
                    Arrays.stream(rs.getString("categories").split(",")).sorted().toList(), rs.getLong("findings"),
                    rs.getBoolean("repeat"), rs.getLong("fines"), rs.getLong("paid"), rs.getLong("open"),
                    rs.getLong("verified"), rs.getLong("overdue"), rs.getLong("waived"));
        }).list();
        if (rows.isEmpty() && page.offset() > 0) {
            // Past the last page the window count is not there to read; count on its own.
            total[0] = countEnterprises(where, from, to, province);
        }
        return Page.of(rows, page, total[0]);
    }

    private long countEnterprises(String where, LocalDate from, LocalDate to, Province province) {
        var statement = jurisdiction.bind(jdbc.sql("SELECT count(DISTINCT tax_code) FROM ent_finding WHERE " + where))
                .param("from", from).param("to", to);
        if (province != null) {
            statement = statement.param("province", province.name());
        }
        return statement.query(Long.class).single();
    }
}
