package vn.laborcases.query.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.laborcases.query.deadlines.DueWindow;
import vn.laborcases.rules.Deadlines;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The supervisors' gauges, read from the projections' tables on a schedule (never per scrape,
 * so a busy scraper costs the database nothing): open cases by type and province, deadlines
 * due, and arrears outstanding by province. Every query-side instance reads the same tables,
 * so dashboards take the max over instances, not the sum.
 */
@Component
class CaseloadGauges {

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();
    private final MultiGauge casesOpen;
    private final MultiGauge deadlinesDue;
    private final MultiGauge arrearsOutstanding;

    CaseloadGauges(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        casesOpen = MultiGauge.builder("labor_cases.cases.open")
                .description("Case files open now (work stoppages: not ended), by case type and province")
                .register(registry);
        deadlinesDue = MultiGauge.builder("labor_cases.deadlines.due")
                .description("Open statutory deadlines due from today to " + CaseloadFigures.DUE_WITHIN_WORKING_DAYS
                        + " working days ahead (Vietnam's calendar), by province")
                .register(registry);
        arrearsOutstanding = MultiGauge.builder("labor_cases.arrears.outstanding")
                .baseUnit("vnd")
                .description("Arrears principal still unpaid (claim lines less the payments allocated to them), by province")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${labor-cases.metrics.refresh-interval:30s}")
    void refresh() {
        casesOpen.register(CaseloadFigures.byTypeAndProvince(jdbc.sql("""
                        SELECT case_type, province, count(*) FROM case_list WHERE closed_on IS NULL
                        GROUP BY case_type, province""")
                .query((rs, n) -> new CaseloadFigures.Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list()), true);
        DueWindow due = CaseloadFigures.dueWindow(LocalDate.now(Deadlines.ZONE), calendar);
        deadlinesDue.register(CaseloadFigures.byProvince(byProvince(jdbc.sql("""
                        SELECT province, count(*) FROM radar_deadline
                        WHERE state = 'OPEN' AND due_on >= :from AND due_on < :until GROUP BY province""")
                .param("from", due.from()).param("until", due.toExclusive()))), true);
        arrearsOutstanding.register(CaseloadFigures.byProvince(byProvince(jdbc.sql("""
                SELECT l.province, sum(greatest(l.principal - coalesce(a.paid, 0), 0))
                FROM arr_claim_line l
                LEFT JOIN (SELECT complaint_id, line_no, sum(amount) AS paid FROM arr_allocation
                           GROUP BY complaint_id, line_no) a USING (complaint_id, line_no)
                GROUP BY l.province"""))), true);
    }

    private static List<CaseloadFigures.Count> byProvince(JdbcClient.StatementSpec query) {
        return query.query((rs, n) -> new CaseloadFigures.Count(null, rs.getString(1), rs.getDouble(2))).list();
    }
}
