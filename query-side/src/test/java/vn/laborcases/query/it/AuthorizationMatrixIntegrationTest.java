package vn.laborcases.query.it;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.laborcases.security.EndpointRules;
import vn.laborcases.security.Role;
import vn.laborcases.testsupport.AuthorizationMatrix;
import vn.laborcases.testsupport.AuthorizationMatrix.Answer;
import vn.laborcases.testsupport.AuthorizationMatrix.Caller;
import vn.laborcases.testsupport.AuthorizationMatrix.Endpoint;
import vn.laborcases.testsupport.TestUsers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every query-side endpoint, as every role and unauthenticated, against the app's own
 * authorisation table. Which rows a caller sees within an allowed endpoint is the
 * jurisdiction filter's business, tested with it.
 */
class AuthorizationMatrixIntegrationTest {

    @Test
    void everyEndpointAnswersEveryRoleAsTheTableSays() {
        QuerySideApp app = SharedApps.querySide();
        EndpointRules rules = app.bean(EndpointRules.class);
        List<Endpoint> endpoints = AuthorizationMatrix.endpoints(
                app.bean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)).stream()
                .filter(endpoint -> !endpoint.pattern().matches("/v3/api-docs.*|/swagger-ui.*")).toList();
        assertThat(endpoints).hasSizeGreaterThan(20);

        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("anonymous", app.http().anonymous(), List.of(), true));
        for (TestUsers.TestUser user : SharedApps.ROLE_USERS) {
            callers.add(new Caller(user.username(), app.http().as(user), user.roles(), true));
        }
        Set<String> unruled = new TreeSet<>();
        List<String> disagreements = AuthorizationMatrix.disagreements(endpoints,
                AuthorizationMatrixIntegrationTest::path, callers, (endpoint, path, caller) -> {
                    var allowed = rules.rolesFor(new MockHttpServletRequest(endpoint.method(), path));
                    if (allowed.isEmpty()) {
                        unruled.add(endpoint.method() + " " + endpoint.pattern());
                    }
                    if (caller.roles().isEmpty()) {
                        return Answer.UNAUTHENTICATED;
                    }
                    return allowed.orElse(Set.of()).contains(Role.valueOf(caller.roles().get(0)))
                            ? Answer.ALLOWED : Answer.FORBIDDEN;
                });
        // The matrix started comparisons; let them end so that other tests find none running.
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200)).until(() ->
                !app.http().get("/admin/projections/comparisons").raw().body().contains("\"RUNNING\""));
        assertThat(unruled).as("endpoints without a rule").isEmpty();
        assertThat(disagreements).isEmpty();

        // The table itself, against the issue: inspectors read no projection here, auditors
        // rebuild nothing, supervisors touch no operation nor the audit trail.
        for (Endpoint endpoint : endpoints) {
            Set<Role> allowed = rules.rolesFor(new MockHttpServletRequest(endpoint.method(), path(endpoint))).orElseThrow();
            assertThat(allowed).as(endpoint.toString()).doesNotContain(Role.INSPECTOR);
            if (endpoint.pattern().endsWith("/rebuilds")) {
                assertThat(allowed).as(endpoint.toString()).containsExactly(Role.ADMIN);
            }
            if (!endpoint.pattern().startsWith("/api/")) {
                assertThat(allowed).as(endpoint.toString()).doesNotContain(Role.SUPERVISOR);
            }
        }
        assertThat(app.http().anonymous().get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(app.http().anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    /** Harmless values for path variables: unknown ids and projection names answer 404, not a change. */
    private static String path(Endpoint endpoint) {
        return endpoint.pattern().replace("{taxCode}", "0312345678").replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
    }
}
