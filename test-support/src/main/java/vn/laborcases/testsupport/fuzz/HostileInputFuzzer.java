package vn.laborcases.testsupport.fuzz;

import vn.laborcases.testsupport.AuthorizationMatrix.Endpoint;
import vn.laborcases.testsupport.Http;
import vn.laborcases.testsupport.fuzz.ApiShapes.Shape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Property: whatever a caller sends, an endpoint answers a 4xx problem+json that shows no
 * internals. Sends every endpoint that takes input (from the app's own handler mapping, with
 * bodies shaped by its OpenAPI document) {@code triesPerEndpoint} spoiled requests, drawn from
 * one seed so that a failing run can be repeated exactly.
 */
public final class HostileInputFuzzer {

    /** How many spoiled requests each endpoint gets; CI's default keeps a side's run near half a minute. */
    public static final int TRIES_PER_ENDPOINT = Integer.getInteger("fuzz.tries", 20);
    private static final Pattern INTERNALS = Pattern.compile(
            "\\bat (java|javax|jakarta|org|com|vn)\\.[\\w.$]+\\(|<html|<!doctype|Exception\\b|java\\.lang\\.", Pattern.CASE_INSENSITIVE);
    private static final int FAILURES_SHOWN = 20;

    /** What a run sent and what came back; {@code failures} names each request that broke the property. */
    public record Summary(String app, long seed, int sent, Map<String, Integer> byStatusClass, int serverErrors,
                          Map<String, Integer> byMutation, List<String> failures) {

        public String line() {
            return "Fuzz %s: %d requests (seed %d, -Dfuzz.seed=%d to repeat), by status %s, 5xx: %d, failures: %d; mutations %s"
                    .formatted(app, sent, seed, seed, byStatusClass, serverErrors, failures.size(), byMutation);
        }
    }

    private HostileInputFuzzer() {
    }

    /** The seed from {@code -Dfuzz.seed}, else a new one (printed in the summary). */
    public static long seed() {
        return Long.getLong("fuzz.seed", System.nanoTime());
    }

    public static Summary run(String app, Http http, List<Endpoint> endpoints, int triesPerEndpoint, long seed) {
        ApiShapes shapes = new ApiShapes(http.get("/v3/api-docs").json());
        List<Shape> targets = endpoints.stream()
                .filter(endpoint -> !endpoint.pattern().startsWith("/v3/") && !endpoint.pattern().startsWith("/swagger-ui"))
                .map(shapes::of).filter(Shape::worthFuzzing).toList();
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Integer> byStatusClass = new TreeMap<>();
        Map<String, Integer> byMutation = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int serverErrors = 0;
        for (Shape target : targets) {
            for (int i = 0; i < triesPerEndpoint; i++) {
                HostileRequest request = HostileRequest.of(target, random);
                Http.Response response = http.send(request.method(), request.path(), request.body(), request.headerArray());
                sent++;
                byStatusClass.merge(response.status() / 100 + "xx", 1, Integer::sum);
                byMutation.merge(request.mutation(), 1, Integer::sum);
                if (response.status() >= 500) {
                    serverErrors++;
                }
                String wrong = judge(request, response);
                if (wrong != null) {
                    failures.add(wrong + ": " + request + " -> " + response.status() + " " + response.contentType() + " "
                            + abbreviate(response.raw().body()));
                }
            }
        }
        Summary summary = new Summary(app, seed, sent, byStatusClass, serverErrors, byMutation, failures);
        System.out.println(summary.line());
        failures.stream().limit(FAILURES_SHOWN).forEach(failure -> System.out.println("  " + failure));
        return summary;
    }

    /** Why the answer breaks the property, or null when it keeps it. */
    private static String judge(HostileRequest request, Http.Response response) {
        int status = response.status();
        boolean accepted = status >= 200 && status < 300;
        if (request.tooLarge() && status != 413) {
            return "a body over the limit was not refused with 413";
        }
        if (accepted) {
            return request.mayBeAccepted() ? null : "accepted";
        }
        if (status < 400 || status >= 500) {
            return "not a 4xx";
        }
        String contentType = response.contentType();
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return "not problem+json";
        }
        String sent = request.path() + (request.body() == null ? "" : request.body());
        var internals = INTERNALS.matcher(response.raw().body());
        if (internals.find() && !sent.contains(internals.group())) {
            return "shows internals (" + internals.group() + ")";
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
