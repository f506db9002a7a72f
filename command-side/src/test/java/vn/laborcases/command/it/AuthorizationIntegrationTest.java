package vn.laborcases.command.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.laborcases.security.EndpointRules;
import vn.laborcases.security.Role;
import vn.laborcases.testsupport.AuthorizationMatrix;
import vn.laborcases.testsupport.AuthorizationMatrix.Answer;
import vn.laborcases.testsupport.AuthorizationMatrix.Caller;
import vn.laborcases.testsupport.AuthorizationMatrix.Endpoint;
import vn.laborcases.testsupport.Http;
import vn.laborcases.testsupport.TestDatabase;
import vn.laborcases.testsupport.TestUsers;
import vn.laborcases.testsupport.TestUsers.TestUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.it.DisputeRequestsJson.TODAY;
import static vn.laborcases.command.it.DisputeRequestsJson.individualDispute;

/**
 * Every command-side endpoint, as every role inside and outside the cases' provinces and
 * unauthenticated, against the app's own authorisation table; and the actor of events is the
 * authenticated caller, whatever the request says.
 */
class AuthorizationIntegrationTest {

    /** The test cases lie in these provinces (the request samples' provinces). */
    private static final List<String> INSIDE = List.of("HO_CHI_MINH", "BAC_NINH", "DONG_NAI");
    private static final List<String> OUTSIDE = List.of("HA_NOI");

    private static final TestDatabase DATABASE = TestDatabase.create();
    private static final List<TestUser> USERS = new ArrayList<>();
    private static CommandSideApp app;
    private static Map<String, String> caseIds;

    @BeforeAll
    static void start() {
        for (Role role : Role.values()) {
            USERS.add(new TestUser(role.name().toLowerCase() + "-inside", List.of(role.name()), INSIDE));
            USERS.add(new TestUser(role.name().toLowerCase() + "-outside", List.of(role.name()), OUTSIDE));
        }
        List<String> properties = new ArrayList<>(TestUsers.properties(USERS.toArray(TestUser[]::new)));
        properties.add("labor-cases.deadlines.polling-interval=1h");
        app = CommandSideApp.start(DATABASE, properties.toArray(String[]::new));
        Http http = app.http();
        caseIds = Map.of(
                "/api/disputes", created(http.post("/api/disputes", individualDispute(TODAY, TODAY))),
                "/api/wage-complaints", created(http.post("/api/wage-complaints", ArrearsRequestsJson.complaint(TODAY.toString()))),
                "/api/work-stoppages", created(http.post("/api/work-stoppages", """
                        {"province":"BAC_NINH","employerTaxCode":"2300123456","employerName":"E","workersInvolved":3,
                         "demands":["Bonus"],"startedOn":"%s"}""".formatted(TODAY))),
                "/api/inspections", created(http.post("/api/inspections", InspectionRequestsJson.start("3600123456", "[\"LABOR_LAW\"]"))));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String created(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() {
        EndpointRules rules = app.bean(EndpointRules.class);
        List<Endpoint> endpoints = AuthorizationMatrix.endpoints(app.bean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
        List<Endpoint> documentation = endpoints.stream().filter(endpoint -> !endpoint.pattern().startsWith("/api")
                && !endpoint.pattern().startsWith("/audit")).toList();
        assertThat(documentation).allSatisfy(endpoint -> assertThat(endpoint.pattern()).matches("/v3/api-docs.*|/swagger-ui.*"));
        List<Endpoint> appEndpoints = endpoints.stream().filter(endpoint -> !documentation.contains(endpoint)).toList();
        assertThat(appEndpoints).hasSizeGreaterThan(60);

        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("anonymous", app.http().anonymous(), List.of(), true));
        for (TestUser user : USERS) {
            callers.add(new Caller(user.username(), app.http().as(user), user.roles(), user.provinces().equals(INSIDE)));
        }
        Set<String> unruled = new TreeSet<>();
        List<String> disagreements = AuthorizationMatrix.disagreements(appEndpoints, AuthorizationIntegrationTest::path,
                callers, (endpoint, path, caller) -> {
                    var allowed = rules.rolesFor(new MockHttpServletRequest(endpoint.method(), path));
                    if (allowed.isEmpty()) {
                        unruled.add(endpoint.method() + " " + endpoint.pattern());
                    }
                    return expected(endpoint, allowed.orElse(Set.of()), caller);
                });
        assertThat(unruled).as("endpoints without a rule").isEmpty();
        assertThat(disagreements).isEmpty();

        // The table itself, against the issue: auditors write nothing, administrators touch no case
        // (erasing a data subject's key is theirs: it changes no case).
        for (Endpoint endpoint : appEndpoints) {
            Set<Role> allowed = rules.rolesFor(new MockHttpServletRequest(endpoint.method(), path(endpoint))).orElseThrow();
            boolean personalData = endpoint.pattern().startsWith("/api/personal-data/");
            if (!endpoint.method().equals("GET") && !endpoint.pattern().equals("/audit/integrity-checks")) {
                assertThat(allowed).as(endpoint.toString()).doesNotContain(Role.AUDITOR);
                assertThat(allowed).as(endpoint.toString()).doesNotContain(personalData ? Role.INSPECTOR : Role.ADMIN);
            }
            if (endpoint.pattern().startsWith("/api") && !personalData) {
                assertThat(allowed).as(endpoint.toString()).doesNotContain(Role.ADMIN);
            }
        }
        assertThat(rules.rolesFor(new MockHttpServletRequest("POST", path(new Endpoint("POST", "/api/disputes/{id}/mediator")))))
                .as("supervisors assign mediators").contains(Set.of(Role.SUPERVISOR));
        // Documentation and health stay open.
        assertThat(app.http().anonymous().get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(app.http().anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(app.http().anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
    }

    private static Answer expected(Endpoint endpoint, Set<Role> allowed, Caller caller) {
        if (caller.roles().isEmpty()) {
            return Answer.UNAUTHENTICATED;
        }
        Role role = Role.valueOf(caller.roles().get(0));
        if (!allowed.contains(role)) {
            return Answer.FORBIDDEN;
        }
        boolean onExistingCase = endpoint.pattern().startsWith("/api/") && endpoint.pattern().contains("{id}");
        boolean auditorReading = role == Role.AUDITOR && endpoint.method().equals("GET");
        return onExistingCase && !caller.inside() && !auditorReading ? Answer.HIDDEN : Answer.ALLOWED;
    }

    /** The endpoint's pattern with the test cases' ids and harmless values for the other variables. */
    private static String path(Endpoint endpoint) {
        String pattern = endpoint.pattern();
        String caseId = caseIds.entrySet().stream().filter(entry -> pattern.startsWith(entry.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(caseIds.get("/api/disputes"));
        return pattern.replace("{id}", pattern.startsWith("/audit/integrity-checks") ? UUID.randomUUID().toString() : caseId)
                .replace("{caseId}", caseId)
                .replace("{day}", TODAY.toString())
                .replace("{lineNo}", "1")
                .replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
    }

    @Test
    void aCaseOutsideTheJurisdictionIsAnswered404LikeAnUnknownCase() {
        TestUser outsider = user("inspector-outside");
        String dispute = caseIds.get("/api/disputes");
        Http.Response hidden = app.http().as(outsider).get("/api/disputes/" + dispute);
        Http.Response unknown = app.http().as(outsider).get("/api/disputes/" + UUID.randomUUID());
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(hidden.json().get("type")).isEqualTo(unknown.json().get("type"));
        assertThat(hidden.json().get("title")).isEqualTo(unknown.json().get("title"));
        assertThat(hidden.json().get("detail").asText()).isEqualTo(unknown.json().get("detail").asText()
                .replace(unknown.raw().uri().getPath().substring("/api/disputes/".length()), dispute));

        Http.Response opening = app.http().as(outsider).post("/api/disputes", individualDispute(TODAY, TODAY));
        assertThat(opening.status()).isEqualTo(403);
        assertThat(opening.json().get("detail").asText()).contains("outside your jurisdiction");
    }

    @Test
    void theActorOfAnEventIsTheAuthenticatedCallerNotWhatTheRequestSays() {
        TestUser inspector = user("inspector-inside");
        String spoofed = created(app.http().as(inspector).post("/api/disputes", individualDispute(TODAY, TODAY)
                .replaceFirst("\\{", "{\"actor\":\"someone-else\",\"role\":\"ADMIN\",\"jurisdiction\":\"ALL\",")));
        JsonNode named = StoredEvents.of(DATABASE, spoofed).get(0).metaData();
        assertThat(named.get("actor").asText()).as("the body's actor is ignored").isEqualTo("inspector-inside");
        assertThat(named.get("role").asText()).isEqualTo("INSPECTOR");
        assertThat(named.get("jurisdiction").asText()).isEqualTo("BAC_NINH,DONG_NAI,HO_CHI_MINH");

        Http.Response filed = app.http().as(inspector).post("/api/disputes", individualDispute(TODAY, TODAY),
                "X-Actor", "someone-else", "X-Role", "ADMIN");
        String id = created(filed);
        JsonNode envelope = StoredEvents.of(DATABASE, id).get(0).metaData();
        assertThat(envelope.get("actor").asText()).isEqualTo("inspector-inside");
        assertThat(envelope.get("role").asText()).isEqualTo("INSPECTOR");
        assertThat(envelope.get("jurisdiction").asText()).isEqualTo("BAC_NINH,DONG_NAI,HO_CHI_MINH");
    }

    private static TestUser user(String name) {
        return USERS.stream().filter(user -> user.username().equals(name)).findFirst().orElseThrow();
    }
}
