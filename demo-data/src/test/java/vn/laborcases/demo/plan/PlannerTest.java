package vn.laborcases.demo.plan;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.Province;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static List<CasePlan> plans(long seed, int cases) {
        Planner planner = new Planner(seed, TODAY, cases);
        return IntStream.range(0, cases).mapToObj(planner::plan).toList();
    }

    @Test
    void theSameSeedPlansTheSameCasesStepsAndAmounts() {
        assertThat(plans(42, 300)).isEqualTo(plans(42, 300));
    }

    @Test
    void aCaseIsPlannedTheSameWhateverOrderTheThreadsAskIn() {
        Planner planner = new Planner(42, TODAY, 300);
        CasePlan later = planner.plan(250);
        planner.plan(3);
        assertThat(planner.plan(250)).isEqualTo(later);
    }

    @Test
    void anotherSeedPlansOtherCases() {
        assertThat(plans(7, 300)).isNotEqualTo(plans(42, 300));
    }

    @Test
    void everyLifecyclePathOfEveryCaseTypeIsInA300CasePlan() {
        Map<CaseType, Set<String>> planned = plans(42, 300).stream().collect(Collectors.groupingBy(CasePlan::type,
                Collectors.mapping(CasePlan::path, Collectors.toSet())));
        Planner.PATHS.forEach((type, paths) ->
                assertThat(planned.get(type)).as(type.name()).containsAll(paths.options()));
    }

    @Test
    void theCaseTypesComeInASensibleMix() {
        Map<CaseType, Long> byType = plans(42, 300).stream()
                .collect(Collectors.groupingBy(CasePlan::type, Collectors.counting()));
        assertThat(byType.get(CaseType.INSPECTION)).isBetween(80L, 150L);
        assertThat(byType.get(CaseType.WAGE_ARREARS)).isBetween(60L, 120L);
        assertThat(byType.get(CaseType.LABOR_DISPUTE)).isBetween(50L, 110L);
        assertThat(byType.get(CaseType.WORK_STOPPAGE)).isBetween(5L, 40L);
    }

    @Test
    void casesCoverAll34ProvincesAndSomeEnterprisesHaveSeveral() {
        List<CasePlan> plans = plans(42, 300);
        Set<Province> provinces = plans.stream().map(plan -> plan.enterprise().province())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Province.class)));
        assertThat(provinces).hasSize(34);
        Map<String, Long> casesPerEnterprise = plans.stream()
                .collect(Collectors.groupingBy(plan -> plan.enterprise().taxCode(), Collectors.counting()));
        assertThat(casesPerEnterprise.values().stream().filter(count -> count > 1).count()).isGreaterThan(20);
    }

    @Test
    void mostEnterprisesAreSmallAndAFewAreLarge() {
        List<Enterprise> enterprises = new Planner(42, TODAY, 3000).enterprises().all();
        Map<String, Long> bySize = enterprises.stream()
                .collect(Collectors.groupingBy(Enterprise::sizeBand, Collectors.counting()));
        double total = enterprises.size();
        assertThat(bySize.get("1-10") / total).isBetween(0.38, 0.52);
        assertThat(bySize.get("11-50") / total).isBetween(0.20, 0.34);
        assertThat(bySize.get("201+") / total).isBetween(0.06, 0.18);
        assertThat(enterprises).extracting(Enterprise::taxCode).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("\\d{10}"));
    }

    @Test
    void noBusinessDateLiesAfterToday() {
        for (CasePlan plan : plans(42, 300)) {
            plan.steps().forEach(step -> step.body().values().stream()
                    .filter(value -> value instanceof LocalDate)
                    .map(LocalDate.class::cast)
                    .filter(day -> !List.of("dueOn", "postponedUntil", "plannedStartOn").contains(keyOf(step.body(), day)))
                    .forEach(day -> assertThat(day).as(plan.path() + " " + step.action()).isBeforeOrEqualTo(TODAY)));
        }
    }

    @Test
    void someCasesAreLeftMidWay() {
        Map<String, Long> byPath = plans(42, 300).stream()
                .collect(Collectors.groupingBy(CasePlan::path, Collectors.counting()));
        assertThat(byPath).containsKeys("in-fieldwork", "awaiting-acceptance", "left-in-mediation", "awaiting-mediator");
    }

    private static String keyOf(Map<String, Object> body, Object value) {
        return body.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey).findFirst().orElse("");
    }
}
