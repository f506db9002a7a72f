package vn.laborcases.query.replay;

import org.springframework.stereotype.Component;
import vn.laborcases.query.web.UnknownResourceException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every projection that can be rebuilt and compared. A new projection is one line here: its
 * processing group and its tables. The frozen coordination reports are not a projection (each
 * row is computed once at a stored position), so they are not listed.
 */
@Component
public class ProjectionCatalog {

    private final Map<String, Projection> projections = new LinkedHashMap<>();

    ProjectionCatalog() {
        register("case-list", List.of("case_list"));
        register("deadline-radar", List.of("radar_case", "radar_deadline", "workload_assignee"));
        register("enterprises", List.of("ent_case", "ent_finding", "ent_sanction", "ent_remediation",
                "arr_complaint", "arr_claim_line", "arr_allocation", "arr_deposit_rate"));
        // The strike handlers find a case's register rows by case_id.
        register("statistics", List.of("out_dispute", "stk_dispute", "stk_register", "cov_inspection",
                "cov_finding", "cov_sanction"), "stk_register_case");
        register("audit-trail", List.of("audit_case", "audit_trail"));
    }

    private void register(String processingGroup, List<String> tables, String... lookupIndexes) {
        projections.put(processingGroup, new Projection(processingGroup, tables, Set.of(lookupIndexes)));
    }

    public Collection<Projection> all() {
        return projections.values();
    }

    /** The projection of that name; 404 naming the known ones otherwise. */
    public Projection named(String name) {
        Projection projection = projections.get(name);
        if (projection == null) {
            throw new UnknownResourceException("No projection named '" + name + "'. Known projections: "
                    + String.join(", ", projections.keySet()));
        }
        return projection;
    }
}
