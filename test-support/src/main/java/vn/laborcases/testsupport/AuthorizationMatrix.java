package vn.laborcases.testsupport;

import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Calls every endpoint of an app as every caller and compares each answer with what the
 * app's authorisation table expects; the endpoints come from the app's own handler mapping,
 * so a new endpoint is in the matrix the day it is written.
 */
public final class AuthorizationMatrix {

    private AuthorizationMatrix() {
    }

    public record Endpoint(String method, String pattern) {
    }

    /** A caller: its roles (none when anonymous) and whether the test cases lie in its jurisdiction. */
    public record Caller(String name, Http http, List<String> roles, boolean inside) {
    }

    /** What an answer means for authorisation; a 4xx other than these is "allowed" (the body was judged). */
    public enum Answer { ALLOWED, UNAUTHENTICATED, FORBIDDEN, HIDDEN }

    @FunctionalInterface
    public interface Expectation {
        Answer expected(Endpoint endpoint, String path, Caller caller);
    }

    /** The app's endpoints, except the error page. */
    public static List<Endpoint> endpoints(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern ->
                info.getMethodsCondition().getMethods().forEach(method ->
                        endpoints.add(new Endpoint(method.name(), pattern)))));
        endpoints.removeIf(endpoint -> endpoint.pattern().equals("/error"));
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return endpoints;
    }

    /** Every disagreement between answer and expectation, one line each; empty when all agree. */
    public static List<String> disagreements(List<Endpoint> endpoints, Function<Endpoint, String> concretePath,
                                             List<Caller> callers, Expectation expectation) {
        List<String> disagreements = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String path = concretePath.apply(endpoint);
            for (Caller caller : callers) {
                Answer expected = expectation.expected(endpoint, path, caller);
                Http.Response response = caller.http().send(endpoint.method(), path,
                        endpoint.method().equals("GET") ? null : "{}", "Accept", "application/json");
                Answer observed = observed(response);
                if (observed != expected) {
                    disagreements.add("%s %s as %s: expected %s, got %d %s".formatted(endpoint.method(), path,
                            caller.name(), expected, response.status(), response.raw().body()));
                }
            }
        }
        return disagreements;
    }

    static Answer observed(Http.Response response) {
        return switch (response.status()) {
            case 401 -> Answer.UNAUTHENTICATED;
            case 403 -> Answer.FORBIDDEN;
            case 404 -> response.raw().body().contains("/unknown-case\"") ? Answer.HIDDEN : Answer.ALLOWED;
            default -> Answer.ALLOWED;
        };
    }
}
