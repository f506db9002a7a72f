package vn.laborcases.demo.plan;

import vn.laborcases.api.CaseType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static vn.laborcases.demo.plan.Steps.body;

/** Spontaneous stoppages, recorded whether or not a dispute lies behind them; most end within days. */
final class WorkStoppageScenarios {

    static final Weighted<String> PATHS = Weighted.of("ended", 85).or("ongoing", 15);

    private static final List<String> DEMANDS = List.of("Pay the Tết bonus", "Raise the meal allowance",
            "Pay the overtime of last month", "Stop the unpaid Saturday shifts", "Pay the social insurance owed",
            "Reinstate the dismissed team leader");

    CasePlan plan(int index, String path, Dice dice, Enterprise employer, LocalDate startedOn, LocalDate today) {
        int workers = Math.max(Math.min(5, employer.headcount()), (int) (employer.headcount() * (0.2 + 0.6 * dice.unit())));
        List<String> demands = new ArrayList<>(DEMANDS);
        int count = dice.between(1, 3);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(demands.remove(dice.between(0, demands.size() - 1)));
        }
        var report = body("province", employer.province(), "employerTaxCode", employer.taxCode(),
                "employerName", employer.name(), "workersInvolved", workers, "demands", chosen,
                "startedOn", startedOn);
        Steps steps = new Steps(today);
        LocalDate ended = startedOn.plusDays(dice.between(0, 4));
        if (path.equals("ended")) {
            steps.on(ended, "end", "endedOn", ended, "outcome", "Workers returned after the employer agreed to talks");
        }
        return new CasePlan(index, CaseType.WORK_STOPPAGE, path, employer, report, steps.list());
    }
}
