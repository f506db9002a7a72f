package vn.laborcases.query.arrears;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.arrears.ClaimKind;
import vn.laborcases.api.arrears.DepositRate;
import vn.laborcases.api.arrears.PaymentAllocation;
import vn.laborcases.query.security.Jurisdiction;
import vn.laborcases.query.web.Page;
import vn.laborcases.query.web.PageRequest;
import vn.laborcases.rules.RuleSets;
import vn.laborcases.rules.arrears.ArrearsBalance;

/**
 * The wage- and SI-arrears ledger: one row per enterprise, complaint and claim period (a claim
 * line), with owed, paid, outstanding and interest as of a date. Interest and days outstanding
 * come from {@link ArrearsBalance}, the same pure function the command side answers with, fed
 * with the lines, allocations and deposit rates the projection keeps; payments after the date
 * are not counted.
 */
@Component
public class ArrearsLedgerQuery {

    public record Row(String taxCode, String name, String province, String caseNumber, UUID complaintId,
                      int lineNo, String kind, YearMonth periodFrom, YearMonth periodTo, LocalDate dueOn,
                      long owed, long paid, long outstanding, long interest, long daysOutstanding,
                      boolean depositRateMissing, boolean evasion) {
    }

    public record Filter(TaxCode taxCode, Province province, YearMonth from, YearMonth to, LocalDate asOf) {
    }

    private record LineRow(String taxCode, String name, String province, String caseNumber, UUID complaintId,
                           int lineNo, ClaimKind kind, YearMonth periodFrom, YearMonth periodTo, LocalDate dueOn,
                           long principal, long total) {
    }

    private final JdbcClient jdbc;
    private final RuleSets ruleSets = RuleSets.vietnam();
    private final Jurisdiction jurisdiction;

    public ArrearsLedgerQuery(JdbcClient jdbc, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
    }

    public Page<Row> find(Filter filter, PageRequest page) {
        // Conditions are added only when asked for, so each shape of the query is planned on its
        // own index: (tax_code, period_from, ...) or (province, tax_code, period_from, ...), both
        // already in the order the ledger is read.
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.taxCode() != null) {
            conditions.add("tax_code = :tax");
            params.put("tax", filter.taxCode().value());
        }
        if (filter.province() != null) {
            conditions.add("province = :province");
            params.put("province", filter.province().name());
        }
        jurisdiction.narrow(conditions, "province");
        if (filter.to() != null) {
            conditions.add("period_from <= :to");
            params.put("to", filter.to().atDay(1));
        }
        if (filter.from() != null) {
            conditions.add("period_to >= :from");
            params.put("from", filter.from().atDay(1));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        params.put("limit", page.limit());
        params.put("offset", page.offset());
        List<LineRow> lines = jurisdiction.bind(jdbc.sql("""
                        SELECT *, count(*) OVER () AS total FROM arr_claim_line%s
                         ORDER BY tax_code, period_from, case_number, line_no LIMIT :limit OFFSET :offset"""
                        .formatted(where)))
                .params(params)
                .query((rs, n) -> new LineRow(rs.getString("tax_code"), rs.getString("enterprise_name"),
                        rs.getString("province"), rs.getString("case_number"), rs.getObject("complaint_id", UUID.class),
                        rs.getInt("line_no"), ClaimKind.valueOf(rs.getString("kind")),
                        YearMonth.from(rs.getObject("period_from", LocalDate.class)),
                        YearMonth.from(rs.getObject("period_to", LocalDate.class)),
                        rs.getObject("due_on", LocalDate.class), rs.getLong("principal"), rs.getLong("total")))
                .list();
        long total = lines.isEmpty() ? count(where, params) : lines.get(0).total();
        return Page.of(balances(lines, filter.asOf()), page, total);
    }

    private long count(String where, Map<String, Object> params) {
        Map<String, Object> filters = new LinkedHashMap<>(params);
        filters.remove("limit");
        filters.remove("offset");
        return jurisdiction.bind(jdbc.sql("SELECT count(*) FROM arr_claim_line" + where)).params(filters)
                .query(Long.class).single();
    }

    /** Each complaint's lines on the page, balanced together with that complaint's payments and rates. */
    private List<Row> balances(List<LineRow> lines, LocalDate asOf) {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<UUID> complaints = lines.stream().map(LineRow::complaintId).distinct().toList();
        Map<UUID, Map<Integer, List<Object[]>>> payments = jdbc.sql("""
                        SELECT complaint_id, payment_no, line_no, paid_on, amount FROM arr_allocation
                         WHERE complaint_id IN (:ids) ORDER BY complaint_id, payment_no, line_no""")
                .param("ids", complaints)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5)})
                .list().stream()
                .collect(Collectors.groupingBy(row -> (UUID) row[0], Collectors.groupingBy(row -> (Integer) row[1],
                        LinkedHashMap::new, Collectors.toList())));
        Map<UUID, List<DepositRate>> rates = jdbc.sql("""
                        SELECT complaint_id, bank, annual_percent, effective_from FROM arr_deposit_rate
                         WHERE complaint_id IN (:ids)""")
                .param("ids", complaints)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new DepositRate(rs.getString(2),
                        rs.getBigDecimal(3), rs.getObject(4, LocalDate.class))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<String, ArrearsBalance.LineBalance> byLine = new LinkedHashMap<>();
        for (UUID complaint : complaints) {
            List<ArrearsBalance.Line> ofComplaint = lines.stream().filter(l -> l.complaintId().equals(complaint))
                    .map(l -> new ArrearsBalance.Line(l.lineNo(), l.kind(), l.principal(), l.dueOn())).toList();
            List<ArrearsBalance.Payment> paid = payments.getOrDefault(complaint, Map.of()).values().stream()
                    .map(allocations -> new ArrearsBalance.Payment((LocalDate) allocations.get(0)[3],
                            allocations.stream().map(a -> new PaymentAllocation((Integer) a[2], (Long) a[4]))
                                    .toList()))
                    .toList();
            var balance = ArrearsBalance.asOf(asOf, ofComplaint, paid, rates.getOrDefault(complaint, List.of()),
                    ruleSets);
            balance.lines().forEach(line -> byLine.put(complaint + "/" + line.lineNo(), line));
        }
        return lines.stream().map(l -> {
            var b = byLine.get(l.complaintId() + "/" + l.lineNo());
            return new Row(l.taxCode(), l.name(), l.province(), l.caseNumber(), l.complaintId(), l.lineNo(),
                    l.kind().name(), l.periodFrom(), l.periodTo(), l.dueOn(), b.owed(), b.paid(), b.outstanding(),
                    b.interest(), b.daysOutstanding(), b.depositRateMissing(), b.evasion());
        }).toList();
    }
}
