package vn.laborcases.query.caselist;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.Province;
import vn.laborcases.query.security.Jurisdiction;
import vn.laborcases.query.web.PageRequest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The reads of the case list: filtered and sorted pages, one case, a batch of cases by id;
 * each only among the cases of the reader's provinces.
 */
@Component
class CaseListQueries {

    private static final String COLUMNS = """
            case_id, case_type, case_number, province, enterprise_tax_code, enterprise_name, status, assignee,
            opened_on, closed_on, last_event_at, last_sequence""";

    private static final RowMapper<CaseRow> ROW = (rs, n) -> new CaseRow(
            rs.getObject("case_id", UUID.class),
            CaseType.valueOf(rs.getString("case_type")),
            rs.getString("case_number"),
            Province.valueOf(rs.getString("province")),
            rs.getString("enterprise_tax_code"),
            rs.getString("enterprise_name"),
            rs.getString("status"),
            rs.getString("assignee"),
            rs.getObject("opened_on", LocalDate.class),
            rs.getObject("closed_on", LocalDate.class),
            rs.getObject("last_event_at", OffsetDateTime.class).toInstant(),
            rs.getLong("last_sequence"));

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;

    CaseListQueries(JdbcClient jdbc, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
    }

    List<CaseRow> page(CaseListFilter filter, CaseListSort sort, PageRequest page) {
        Where where = where(filter);
        return jurisdiction.bind(jdbc.sql("SELECT " + COLUMNS + " FROM case_list" + where.sql + " ORDER BY "
                        + sort.orderBy() + " LIMIT :limit OFFSET :offset"))
                .params(where.params).param("limit", page.limit()).param("offset", page.offset())
                .query(ROW).list();
    }

    long count(CaseListFilter filter) {
        Where where = where(filter);
        return jurisdiction.bind(jdbc.sql("SELECT count(*) FROM case_list" + where.sql)).params(where.params)
                .query(Long.class).single();
    }

    /** Up to {@code max} rows of the filtered list in order, for an export. */
    List<CaseRow> all(CaseListFilter filter, CaseListSort sort, int max) {
        Where where = where(filter);
        return jurisdiction.bind(jdbc.sql("SELECT " + COLUMNS + " FROM case_list" + where.sql + " ORDER BY "
                        + sort.orderBy() + " LIMIT :limit"))
                .params(where.params).param("limit", max)
                .query(ROW).list();
    }

    /** The case, when it is one of the reader's provinces. */
    Optional<CaseRow> byId(UUID caseId) {
        return jurisdiction.bind(jdbc.sql("SELECT " + COLUMNS + " FROM case_list WHERE case_id = :id AND "
                        + jurisdiction.sql("province")))
                .param("id", caseId).query(ROW).optional();
    }

    /**
     * The changed cases the live streams push, whatever their province: each stream keeps the
     * jurisdiction of the screen it serves and sends only the rows of its provinces.
     */
    List<CaseRow> byIds(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_list WHERE case_id IN (:ids)")
                .param("ids", List.copyOf(caseIds)).query(ROW).list();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    /** Only fixed SQL fragments are concatenated; every value travels as a bind parameter. */
    private Where where(CaseListFilter filter) {
        List<String> clauses = new ArrayList<>();
        jurisdiction.narrow(clauses, "province");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.type() != null) {
            clauses.add("case_type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.status() != null) {
            clauses.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.province() != null) {
            clauses.add("province = :province");
            params.put("province", filter.province().name());
        }
        if (filter.taxCode() != null) {
            clauses.add("enterprise_tax_code = :taxCode");
            params.put("taxCode", filter.taxCode().value());
        }
        if (filter.assignee() != null) {
            clauses.add("assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (filter.openedFrom() != null) {
            clauses.add("opened_on >= :openedFrom");
            params.put("openedFrom", filter.openedFrom());
        }
        if (filter.openedTo() != null) {
            clauses.add("opened_on <= :openedTo");
            params.put("openedTo", filter.openedTo());
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }
}
