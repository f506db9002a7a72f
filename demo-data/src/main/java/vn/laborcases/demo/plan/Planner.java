package vn.laborcases.demo.plan;

import vn.laborcases.api.CaseType;
import vn.laborcases.rules.Law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides case number {@code index} of a run from the seed alone: its type, enterprise,
 * opening day within the past year, lifecycle path and every step. The same seed and the
 * same "today" give the same plan, whichever thread asks and in whatever order.
 * <p>
 * The first cases walk through every lifecycle path once, opened long enough ago to reach
 * their end, so that even a small run shows each path; the rest draw type and path by weight.
 */
public final class Planner {

    /** Inspections most, then complaints and disputes; spontaneous stoppages are rarer. */
    static final Weighted<CaseType> TYPES = Weighted.of(CaseType.INSPECTION, 38).or(CaseType.WAGE_ARREARS, 30)
            .or(CaseType.LABOR_DISPUTE, 27).or(CaseType.WORK_STOPPAGE, 5);
    static final Map<CaseType, Weighted<String>> PATHS = Map.of(CaseType.LABOR_DISPUTE, DisputeScenarios.PATHS,
            CaseType.WORK_STOPPAGE, WorkStoppageScenarios.PATHS, CaseType.WAGE_ARREARS, ComplaintScenarios.PATHS,
            CaseType.INSPECTION, InspectionScenarios.PATHS);
    private static final int DAYS_BACK = 365;
    /** Old enough that every step of the longest path lies in the past. */
    private static final int DAYS_BACK_FOR_A_WHOLE_PATH = 200;

    private final long seed;
    private final LocalDate today;
    private final EnterprisePool enterprises;
    private final List<Map.Entry<CaseType, String>> everyPath = new ArrayList<>();
    private final DisputeScenarios disputes;
    private final WorkStoppageScenarios stoppages = new WorkStoppageScenarios();
    private final ComplaintScenarios complaints;
    private final InspectionScenarios inspections;

    /**
     * @param expectedCases about how many cases the run will plan; it sizes the enterprise pool
     *                      so that several enterprises have more than one case
     */
    public Planner(long seed, LocalDate today, int expectedCases) {
        this.seed = seed;
        this.today = today;
        this.enterprises = EnterprisePool.draw(seed, Math.min(50_000, (int) Math.ceil(expectedCases * 0.7)));
        Law law = Law.vietnam();
        this.disputes = new DisputeScenarios(law.calendar());
        this.complaints = new ComplaintScenarios(law.calendar());
        this.inspections = new InspectionScenarios(law);
        for (CaseType type : TYPES.options()) {
            PATHS.get(type).options().forEach(path -> everyPath.add(Map.entry(type, path)));
        }
    }

    public CasePlan plan(int index) {
        Dice dice = Dice.forCase(seed, index);
        // Every enterprise gets one case first; later cases return to enterprises already on file.
        Enterprise enterprise = enterprises.get(index < enterprises.size() ? index : dice.between(0, enterprises.size() - 1));
        boolean showcase = index < everyPath.size();
        CaseType type = showcase ? everyPath.get(index).getKey() : TYPES.pick(dice);
        String path = showcase ? everyPath.get(index).getValue() : PATHS.get(type).pick(dice);
        LocalDate opened = today.minusDays(showcase ? dice.between(DAYS_BACK_FOR_A_WHOLE_PATH, DAYS_BACK)
                : dice.between(0, DAYS_BACK));
        return switch (type) {
            case LABOR_DISPUTE -> disputes.plan(index, path, dice, enterprise, opened, today);
            case WORK_STOPPAGE -> stoppages.plan(index, path, dice, enterprise, opened, today);
            case WAGE_ARREARS -> complaints.plan(index, path, dice, enterprise, opened, today);
            case INSPECTION -> inspections.plan(index, path, dice, enterprise, opened, today);
        };
    }

    public EnterprisePool enterprises() {
        return enterprises;
    }
}
