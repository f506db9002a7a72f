package vn.laborcases.query.replay;

import org.springframework.stereotype.Component;
import vn.laborcases.query.web.UnknownResourceException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every projection that can be rebuilt and compared. A new projection is one line here: its
 * processing group and its tables. The frozen coordination reports are not a projection (each
 * row is computed once at a stored position), so they are not listed.
 */
@Component
public class ProjectionCatalog {

    private final Map<String, Projection> projections = new LinkedHashMap<>();

    ProjectionCatalog() {
        register("case-list", "case_list");
        register("deadline-radar", "radar_case", "radar_deadline", "workload_assignee");
        register("enterprises", "ent_case", "ent_finding", "ent_sanction", "ent_remediation", "arr_complaint",
                "arr_claim_line", "arr_allocation", "arr_deposit_rate");
        register("statistics", "out_dispute", "stk_dispute", "stk_register", "cov_inspection", "cov_finding",
                "cov_sanction");
        register("audit-trail", "audit_case", "audit_trail");
    }

    private void register(String processingGroup, String... tables) {
        projections.put(processingGroup, new Projection(processingGroup, List.of(tables)));
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
