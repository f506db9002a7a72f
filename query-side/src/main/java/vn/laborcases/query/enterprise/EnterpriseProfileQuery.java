package vn.laborcases.query.enterprise;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.query.security.Jurisdiction;
import vn.laborcases.api.TaxCode;
import vn.laborcases.query.web.UnknownResourceException;

/**
 * Reads one enterprise's profile from the "enterprises" projection's tables, made of its cases
 * in the reader's provinces only: an enterprise with none there is unknown to the reader (404).
 */
@Component
public class EnterpriseProfileQuery {

    public record CaseCount(String caseType, long total, long open) {
    }

    public record Arrears(long owed, long paid, long outstanding) {
    }

    public record Violation(UUID findingId, String category, LocalDate foundOn, boolean repeat) {
    }

    public record Sanction(UUID sanctionId, UUID findingId, String category, LocalDate imposedOn,
                           long initialAmount, long currentAmount, long paid, long outstanding) {
    }

    public record Profile(String taxCode, String name, String province, List<CaseCount> cases, long openCases,
                          long unlawfulStoppages, Arrears arrears, List<Violation> violations,
                          List<Sanction> sanctions, boolean repeatViolator, RiskScore.Score risk) {
    }

    private record Identity(String name, String province) {
    }

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;

    public EnterpriseProfileQuery(JdbcClient jdbc, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
    }

    public Profile of(TaxCode taxCode) {
        String tax = taxCode.value();
        // The name and province as the most recent case recorded them.
        Identity identity = jurisdiction.bind(jdbc.sql("""
                        SELECT enterprise_name, province FROM ent_case WHERE tax_code = :tax AND %s
                         ORDER BY opened_on DESC, case_number DESC LIMIT 1""".formatted(jurisdiction.sql("province"))))
                .param("tax", tax)
                .query((rs, n) -> new Identity(rs.getString(1), rs.getString(2)))
                .optional()
                .orElseThrow(() -> new UnknownResourceException("No case on file for tax code " + tax));
        List<CaseCount> cases = jurisdiction.bind(jdbc.sql("""
                        SELECT case_type, count(*), count(*) FILTER (WHERE open) FROM ent_case WHERE tax_code = :tax
                           AND %s GROUP BY case_type ORDER BY case_type""".formatted(jurisdiction.sql("province"))))
                .param("tax", tax)
                .query((rs, n) -> new CaseCount(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
        long unlawful = jurisdiction.bind(jdbc.sql("SELECT count(*) FROM ent_case WHERE tax_code = :tax AND unlawful"
                        + " AND " + jurisdiction.sql("province")))
                .param("tax", tax).query(Long.class).single();
        Arrears arrears = jurisdiction.bind(jdbc.sql("""
                        SELECT coalesce(sum(l.principal), 0),
                               coalesce(sum((SELECT coalesce(sum(a.amount), 0) FROM arr_allocation a
                                              WHERE a.complaint_id = l.complaint_id AND a.line_no = l.line_no)), 0)
                          FROM arr_claim_line l WHERE l.tax_code = :tax AND %s"""
                        .formatted(jurisdiction.sql("l.province"))))
                .param("tax", tax)
                .query((rs, n) -> new Arrears(rs.getLong(1), rs.getLong(2), rs.getLong(1) - rs.getLong(2)))
                .single();
        List<Violation> violations = jurisdiction.bind(jdbc.sql("""
                        SELECT finding_id, category, found_on, repeat FROM ent_finding WHERE tax_code = :tax
                           AND %s ORDER BY found_on DESC, finding_id""".formatted(jurisdiction.sql("province"))))
                .param("tax", tax)
                .query((rs, n) -> new Violation(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getBoolean(4)))
                .list();
        List<Sanction> sanctions = jurisdiction.bind(jdbc.sql("""
                        SELECT s.sanction_id, s.finding_id, s.category, s.imposed_on, s.initial_amount,
                               s.current_amount, s.paid
                          FROM ent_sanction s JOIN ent_case c ON c.case_id = s.inspection_id
                         WHERE c.tax_code = :tax AND %s ORDER BY s.imposed_on DESC, s.sanction_id"""
                        .formatted(jurisdiction.sql("c.province"))))
                .param("tax", tax)
                .query((rs, n) -> new Sanction(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7), Math.max(0, rs.getLong(6) - rs.getLong(7))))
                .list();
        long openCases = cases.stream().mapToLong(CaseCount::open).sum();
        long repeats = violations.stream().filter(Violation::repeat).count();
        return new Profile(tax, identity.name(), identity.province(), cases, openCases, unlawful, arrears,
                violations, sanctions, repeats > 0,
                RiskScore.of(repeats, arrears.outstanding(), openCases, unlawful));
    }
}
