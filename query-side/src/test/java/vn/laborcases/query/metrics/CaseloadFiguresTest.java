package vn.laborcases.query.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import vn.laborcases.query.deadlines.DueWindow;
import vn.laborcases.query.metrics.CaseloadFigures.Count;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CaseloadFiguresTest {

    @Test
    void everyCaseTypeAndProvinceHasARow_zeroWhereTheTablesHaveNone() {
        Map<Tags, Double> rows = values(CaseloadFigures.byTypeAndProvince(List.of(
                new Count("LABOR_DISPUTE", "HO_CHI_MINH", 3), new Count("INSPECTION", "HA_NOI", 2))));

        assertThat(rows).hasSize(4 * 34);
        assertThat(rows.get(Tags.of("case_type", "LABOR_DISPUTE", "province", "HO_CHI_MINH"))).isEqualTo(3.0);
        assertThat(rows.get(Tags.of("case_type", "INSPECTION", "province", "HA_NOI"))).isEqualTo(2.0);
        assertThat(rows.get(Tags.of("case_type", "WAGE_ARREARS", "province", "HA_NOI"))).isEqualTo(0.0);
    }

    @Test
    void valuesTheEnumsDoNotKnowAreDropped_soTheTagsStayBounded() {
        Map<Tags, Double> rows = values(CaseloadFigures.byProvince(List.of(
                new Count(null, "ATLANTIS", 9), new Count(null, "DA_NANG", 1_500_000))));

        assertThat(rows).hasSize(34).doesNotContainKey(Tags.of("province", "ATLANTIS"));
        assertThat(rows.get(Tags.of("province", "DA_NANG"))).isEqualTo(1_500_000.0);
        assertThat(values(CaseloadFigures.byTypeAndProvince(List.of(new Count("PARKING_FINE", "DA_NANG", 1)))).values())
                .containsOnly(0.0);
    }

    @Test
    void aDeadlineIsDueFromTodayToTheFifthWorkingDayAhead_theWeekendAfterItIncluded() {
        // Monday 23 November 2026: five working days ahead end on Monday 30; Tuesday 1 December is out.
        DueWindow due = CaseloadFigures.dueWindow(LocalDate.of(2026, 11, 23), WorkingDayCalendar.vietnam());

        assertThat(due.contains(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(due.contains(LocalDate.of(2026, 11, 29))).isTrue();
        assertThat(due.contains(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(due.contains(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(due.contains(LocalDate.of(2026, 11, 22))).isFalse();
    }

    /** The rows as a registry shows them: tags to value. */
    private static Map<Tags, Double> values(List<MultiGauge.Row<?>> rows) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MultiGauge.builder("figure").register(registry).register(rows);
        return registry.find("figure").gauges().stream()
                .collect(Collectors.toMap(gauge -> Tags.of(gauge.getId().getTags()), Gauge::value));
    }
}
