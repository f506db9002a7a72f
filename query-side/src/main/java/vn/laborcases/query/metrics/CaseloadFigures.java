package vn.laborcases.query.metrics;

import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.Province;
import vn.laborcases.query.deadlines.DueWindow;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules behind the supervisors' gauges, apart from the database: which deadlines count as
 * due, and one row for every case type and province, zero where the tables have none, so a
 * series never vanishes when its last case closes. Values the enums do not know are dropped,
 * which keeps the tags to 4 case types and 34 provinces whatever the tables hold.
 */
final class CaseloadFigures {

    /** labor_cases_deadlines_due counts the OPEN deadlines due within this many working days. */
    static final int DUE_WITHIN_WORKING_DAYS = 5;

    private static final Set<String> PROVINCES = names(Province.values());
    private static final Set<String> CASE_TYPES = names(CaseType.values());

    private CaseloadFigures() {
    }

    /** A count read from a projection: case type null when the figure is by province alone. */
    record Count(String caseType, String province, double value) {
    }

    /** The days whose deadlines are "due": today up to the 5th working day ahead, days off after it included. */
    static DueWindow dueWindow(LocalDate today, WorkingDayCalendar calendar) {
        return DueWindow.of(today, DUE_WITHIN_WORKING_DAYS, calendar);
    }

    static List<MultiGauge.Row<?>> byTypeAndProvince(List<Count> counts) {
        Map<String, Double> known = index(counts, count -> count.caseType() + "/" + count.province());
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            for (Province province : Province.values()) {
                rows.add(MultiGauge.Row.of(Tags.of("case_type", type.name(), "province", province.name()),
                        known.getOrDefault(type.name() + "/" + province.name(), 0.0)));
            }
        }
        return rows;
    }

    static List<MultiGauge.Row<?>> byProvince(List<Count> counts) {
        Map<String, Double> known = index(counts, Count::province);
        return Arrays.stream(Province.values())
                .<MultiGauge.Row<?>>map(province -> MultiGauge.Row.of(Tags.of("province", province.name()),
                        known.getOrDefault(province.name(), 0.0)))
                .toList();
    }

    private static Map<String, Double> index(List<Count> counts, Function<Count, String> key) {
        return counts.stream()
                .filter(count -> PROVINCES.contains(count.province())
                        && (count.caseType() == null || CASE_TYPES.contains(count.caseType())))
                .collect(Collectors.toMap(key, Count::value, Double::sum));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
