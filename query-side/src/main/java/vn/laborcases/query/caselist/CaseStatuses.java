package vn.laborcases.query.caselist;

import vn.laborcases.api.CaseType;
import vn.laborcases.api.arrears.ComplaintStatus;
import vn.laborcases.api.dispute.DisputeStatus;
import vn.laborcases.api.inspection.InspectionStatus;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The status names each case type can show, to refuse a status filter no case can match. */
final class CaseStatuses {

    private static final Map<CaseType, List<String>> BY_TYPE = new EnumMap<>(Map.of(
            CaseType.LABOR_DISPUTE, names(DisputeStatus.values()),
            CaseType.WORK_STOPPAGE, names(WorkStoppagePhase.values()),
            CaseType.WAGE_ARREARS, names(ComplaintStatus.values()),
            CaseType.INSPECTION, names(InspectionStatus.values())));

    private static final Set<String> ALL = new TreeSet<>(BY_TYPE.values().stream().flatMap(List::stream).toList());

    private CaseStatuses() {
    }

    static boolean exists(String status) {
        return ALL.contains(status);
    }

    static Set<String> all() {
        return ALL;
    }

    static List<String> of(CaseType type) {
        return BY_TYPE.get(type);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
