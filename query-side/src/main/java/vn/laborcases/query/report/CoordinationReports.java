package vn.laborcases.query.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.laborcases.api.Province;
import vn.laborcases.query.security.Jurisdiction;
import vn.laborcases.query.web.Page;
import vn.laborcases.query.web.PageRequest;

/**
 * Freezes coordination reports and reads them back. A frozen row is never updated or
 * deleted: freezing a period again adds the next version beside the earlier ones. A reader
 * reads the reports of their provinces; the national reports (province '') only a national
 * reader, so to the others they are as unknown as a report that never was.
 */
@Component
public class CoordinationReports {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int VERSION_ATTEMPTS = 5;
    private static final String COLUMNS = """
            report_id, year, half, province, version, period_from, period_to, position, frozen_at, period_complete,
            enterprises_inspected, workers_affected, arrears_recovered, fines_collected, disputes_resolved,
            strikes_started, work_stoppages_reported, workers_in_stoppages""";

    private final JdbcClient jdbc;
    private final CoordinationFold fold;
    private final Clock clock;
    private final Jurisdiction jurisdiction;

    public CoordinationReports(JdbcClient jdbc, CoordinationFold fold, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.fold = fold;
        this.clock = Clock.systemUTC();
        this.jurisdiction = jurisdiction;
    }

    /** Computes the period's figures at the store's current head and stores them as a new version. */
    public CoordinationReport freeze(ReportPeriod period) {
        if (period.province() == null ? !jurisdiction.national() : !jurisdiction.covers(period.province())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a reader of "
                    + (period.province() == null ? "every province may freeze a national report"
                    : period.province() + " may freeze its report"));
        }
        long position = fold.head();
        CoordinationFigures figures = fold.compute(period, position);
        Instant frozenAt = clock.instant();
        boolean complete = LocalDate.ofInstant(frozenAt, VIETNAM).isAfter(period.to());
        // Two freezes of one period at once may pick the same next version; the unique key
        // refuses the second, which then takes the one after.
        for (int attempt = 1; ; attempt++) {
            try {
                return insert(period, position, frozenAt, complete, figures);
            } catch (DuplicateKeyException e) {
                if (attempt == VERSION_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The figures recomputed from the events up to the report's stored position. */
    public CoordinationFigures recompute(CoordinationReport report) {
        return fold.compute(report.period(), report.position());
    }

    public Optional<CoordinationReport> find(UUID id) {
        return jurisdiction.bind(jdbc.sql("SELECT " + COLUMNS + " FROM coordination_report WHERE report_id = :id AND "
                        + jurisdiction.sql("province")))
                .param("id", id).query(CoordinationReports::report).optional();
    }

    /**
     * The frozen versions, by year, half, province (the national report first) and version.
     * A null filter matches everything; national=true keeps only the whole-country reports.
     */
    public Page<CoordinationReport> list(Integer year, Half half, Province province, boolean national,
                                         PageRequest page) {
        String where = " WHERE (CAST(:year AS integer) IS NULL OR year = :year)"
                + " AND (CAST(:half AS varchar) IS NULL OR half = :half)"
                + " AND (CAST(:province AS varchar) IS NULL OR province = :province)"
                + " AND " + jurisdiction.sql("province");
        String provinceKey = national ? "" : province == null ? null : province.name();
        List<CoordinationReport> items = jurisdiction.bind(jdbc.sql("SELECT " + COLUMNS + " FROM coordination_report"
                        + where + " ORDER BY year, half, province, version LIMIT :limit OFFSET :offset"))
                .param("year", year).param("half", half == null ? null : half.name()).param("province", provinceKey)
                .param("limit", page.limit()).param("offset", page.offset())
                .query(CoordinationReports::report).list();
        long total = jurisdiction.bind(jdbc.sql("SELECT count(*) FROM coordination_report" + where))
                .param("year", year).param("half", half == null ? null : half.name()).param("province", provinceKey)
                .query(Long.class).single();
        return Page.of(items, page, total);
    }

    private CoordinationReport insert(ReportPeriod period, long position, Instant frozenAt, boolean complete,
                                      CoordinationFigures figures) {
        UUID id = UUID.randomUUID();
        String province = period.province() == null ? "" : period.province().name();
        jdbc.sql("INSERT INTO coordination_report (" + COLUMNS + ") SELECT :id, :year, :half, :province,"
                        + " coalesce(max(version), 0) + 1, :from, :to, :position, :frozenAt, :complete, :inspected,"
                        + " :workers, :arrears, :fines, :resolved, :strikes, :stoppages, :stoppageWorkers"
                        + " FROM coordination_report WHERE year = :year AND half = :half AND province = :province")
                .param("id", id).param("year", period.year()).param("half", period.half().name())
                .param("province", province).param("from", period.from()).param("to", period.to())
                .param("position", position).param("frozenAt", java.sql.Timestamp.from(frozenAt))
                .param("complete", complete).param("inspected", figures.enterprisesInspected())
                .param("workers", figures.workersAffected()).param("arrears", figures.arrearsRecovered())
                .param("fines", figures.finesCollected()).param("resolved", figures.disputesResolved())
                .param("strikes", figures.strikesStarted()).param("stoppages", figures.workStoppagesReported())
                .param("stoppageWorkers", figures.workersInStoppages())
                .update();
        return find(id).orElseThrow();
    }

    private static CoordinationReport report(ResultSet rs, int row) throws SQLException {
        String province = rs.getString("province");
        return new CoordinationReport(rs.getObject("report_id", UUID.class), rs.getInt("year"),
                Half.valueOf(rs.getString("half")), province.isEmpty() ? null : Province.valueOf(province),
                rs.getInt("version"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getLong("position"),
                rs.getTimestamp("frozen_at").toInstant(), rs.getBoolean("period_complete"),
                new CoordinationFigures(rs.getInt("enterprises_inspected"), rs.getLong("workers_affected"),
                        rs.getLong("arrears_recovered"), rs.getLong("fines_collected"),
                        rs.getInt("disputes_resolved"), rs.getInt("strikes_started"),
                        rs.getInt("work_stoppages_reported"), rs.getLong("workers_in_stoppages")));
    }
}
