package vn.laborcases.command.access;

import org.springframework.stereotype.Component;
import vn.laborcases.security.EndpointRules;

import java.util.List;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static vn.laborcases.security.EndpointRules.rule;
import static vn.laborcases.security.Role.ADMIN;
import static vn.laborcases.security.Role.AUDITOR;
import static vn.laborcases.security.Role.INSPECTOR;
import static vn.laborcases.security.Role.SUPERVISOR;

/**
 * Who may call what on the command side; the first matching rule wins. Supervisors assign
 * inspectors and mediators and read cases (to know the version they act on); auditors read
 * everything and start integrity checks, as do administrators; only an administrator erases a
 * data subject's personal data, and auditors read who has read it; everything else that
 * writes is an inspector's.
 */
@Component
public class AccessRules extends EndpointRules {

    AccessRules() {
        super(List.of(
                rule(POST, "/api/personal-data/subjects/{id}/erasure", ADMIN),
                rule(GET, "/api/personal-data/subjects/{id}", AUDITOR, ADMIN),
                rule(GET, "/api/personal-data/accesses", AUDITOR),
                rule(POST, "/api/disputes/{id}/mediator", SUPERVISOR),
                rule(POST, "/api/inspections/{id}/decision", INSPECTOR, SUPERVISOR),
                rule(GET, "/api/**", INSPECTOR, SUPERVISOR, AUDITOR),
                rule(POST, "/api/**", INSPECTOR),
                rule(POST, "/audit/integrity-checks", AUDITOR, ADMIN),
                rule(GET, "/audit/**", AUDITOR)));
    }
}
