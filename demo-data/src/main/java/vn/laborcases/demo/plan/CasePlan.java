package vn.laborcases.demo.plan;

import vn.laborcases.api.CaseType;

import java.util.List;
import java.util.Map;

/**
 * Everything one case will do, decided before any request is sent: the command that opens it,
 * then its steps in order. {@code path} names the lifecycle path it follows, for the summary.
 */
public record CasePlan(int index, CaseType type, String path, Enterprise enterprise, Map<String, Object> opening,
                       List<Step> steps) {

    /** Where the case type's commands are sent. */
    public String collection() {
        return switch (type) {
            case LABOR_DISPUTE -> "/api/disputes";
            case WORK_STOPPAGE -> "/api/work-stoppages";
            case WAGE_ARREARS -> "/api/wage-complaints";
            case INSPECTION -> "/api/inspections";
        };
    }
}
