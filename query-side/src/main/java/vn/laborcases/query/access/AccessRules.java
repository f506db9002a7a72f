package vn.laborcases.query.access;

import org.springframework.stereotype.Component;
import vn.laborcases.security.EndpointRules;

import java.util.List;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static vn.laborcases.security.EndpointRules.rule;
import static vn.laborcases.security.Role.ADMIN;
import static vn.laborcases.security.Role.AUDITOR;
import static vn.laborcases.security.Role.SUPERVISOR;

/**
 * Who may call what on the query side; the first matching rule wins. Supervisors and
 * auditors read projections (a coordination report is computed on request, which writes no
 * case); auditors read the audit trail; administrators operate replays, and auditors may
 * also compare projections (issue 5) and read the operations' results.
 */
@Component
public class AccessRules extends EndpointRules {

    AccessRules() {
        super(List.of(
                rule(GET, "/api/**", SUPERVISOR, AUDITOR),
                rule(POST, "/api/reports/**", SUPERVISOR, AUDITOR),
                rule(GET, "/audit/**", AUDITOR),
                rule(POST, "/admin/projections/comparisons", ADMIN, AUDITOR),
                rule(POST, "/admin/projections/{name}/comparisons", ADMIN, AUDITOR),
                rule(GET, "/admin/**", ADMIN, AUDITOR),
                rule(POST, "/admin/**", ADMIN)));
    }
}
