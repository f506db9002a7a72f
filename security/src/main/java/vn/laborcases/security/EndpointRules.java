package vn.laborcases.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An app's whole authorisation table in one place: method and path pattern to the roles that
 * may call it. The first matching rule wins; a request no rule matches is refused, so a new
 * endpoint stays closed until it is given a rule (and the matrix test says so). Each app
 * declares its table as a bean of a subclass.
 */
public class EndpointRules {

    private final List<Rule> rules;

    protected EndpointRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Method null: every method. */
    public record Rule(HttpMethod method, String pattern, Set<Role> roles) {

        public RequestMatcher matcher() {
            return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
        }
    }

    public static Rule rule(HttpMethod method, String pattern, Role... roles) {
        return new Rule(method, pattern, Set.of(roles));
    }

    /** The roles that may make this request; empty when no rule covers it. */
    public Optional<Set<Role>> rolesFor(HttpServletRequest request) {
        return rules.stream().filter(rule -> rule.matcher().matches(request)).findFirst().map(Rule::roles);
    }
}
