package vn.laborcases.testsupport.fuzz;

import vn.laborcases.testsupport.fuzz.ApiShapes.Parameter;
import vn.laborcases.testsupport.fuzz.ApiShapes.Shape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spoiled request to one endpoint. Path variables name nothing that exists (unknown
 * UUIDs) or are no ids at all, so that even a body that happened to be valid could write
 * nothing; {@code mayBeAccepted} is true only where a 2xx is legitimate: a read whose only
 * spoiled inputs are free-text filters, which any string may be.
 */
record HostileRequest(String method, String path, String body, List<String> headers, String mutation,
                      boolean mayBeAccepted, boolean tooLarge) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9%._~-]|%(?![0-9A-Fa-f]{2})");
    private static final int HUGE = 300 * 1024;

    static HostileRequest of(Shape shape, RandomGenerator random) {
        String method = shape.endpoint().method();
        List<String> headers = new ArrayList<>();
        List<String> spoiled = new ArrayList<>();
        String body = null;
        boolean tooLarge = false;
        if (shape.body() != null) {
            int choice = random.nextInt(BodyMutation.values().length + 2);
            if (choice < BodyMutation.values().length) {
                BodyMutation mutation = BodyMutation.values()[choice];
                body = mutation.apply(shape.body(), random);
                spoiled.add(mutation.name());
            } else if (choice == BodyMutation.values().length) {
                tooLarge = true;
            } else {
                body = BodyMutation.write(shape.body());
                headers.addAll(badHeaders(random));
                spoiled.add("BAD_HEADERS");
            }
        } else {
            tooLarge = !method.equals("GET") && random.nextInt(4) == 0;
        }
        if (tooLarge) {
            body = "{\"x\":\"" + "x".repeat(HUGE) + "\"}";
            spoiled.add("HUGE_BODY");
        }
        // Under a huge body the path names nothing but is well-formed, so that 413 is the one right answer.
        String path = path(shape.endpoint().pattern(), random, tooLarge);
        if (shape.endpoint().pattern().contains("{")) {
            spoiled.add("PATH");
        }
        boolean mayBeAccepted = method.equals("GET") && !spoiled.contains("PATH");
        if (!shape.parameters().isEmpty()) {
            StringBuilder query = new StringBuilder();
            for (int i = 1 + random.nextInt(Math.min(3, shape.parameters().size())); i > 0; i--) {
                Parameter parameter = HostileValues.pick(shape.parameters(), random);
                String value = parameter.freeText() ? HostileValues.pick(HostileValues.STRINGS, random)
                        : HostileValues.pick(parameter.invalidValues(), random);
                mayBeAccepted &= parameter.freeText();
                query.append(query.isEmpty() ? '?' : '&').append(parameter.name()).append('=').append(encode(value));
            }
            path += query;
            spoiled.add("QUERY");
        }
        return new HostileRequest(method, path, body, headers, String.join("+", spoiled), mayBeAccepted, tooLarge);
    }

    private static String path(String pattern, RandomGenerator random, boolean unknownIdsOnly) {
        Matcher variables = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            // Mostly well-formed unknown ids, so that the body behind them is still parsed and judged.
            String value = switch (unknownIdsOnly ? 0 : random.nextInt(4)) {
                case 0, 1 -> new UUID(random.nextLong(), random.nextLong()).toString();
                case 2 -> HostileValues.anyText(random);
                default -> variables.group(1).equals("day") ? HostileValues.pick(HostileValues.DATES, random)
                        : HostileValues.pick(HostileValues.IDS, random);
            };
            variables.appendReplacement(path, Matcher.quoteReplacement(encode(value)));
        }
        variables.appendTail(path);
        return path.toString();
    }

    private static List<String> badHeaders(RandomGenerator random) {
        return switch (random.nextInt(3)) {
            case 0 -> List.of("If-Match", HostileValues.pick(HostileValues.IF_MATCH, random));
            case 1 -> List.of("Idempotency-Key", HostileValues.pick(HostileValues.IDEMPOTENCY_KEYS, random));
            default -> List.of("Content-Type", HostileValues.pick(List.of("text/plain", "application/xml",
                    "application/json; charset=utf-7", "multipart/form-data", "application/x-www-form-urlencoded"), random));
        };
    }

    /** Values already made of URL-safe characters go as they are, so that "%00" arrives raw. */
    private static String encode(String value) {
        return !value.isEmpty() && !UNSAFE.matcher(value).find() ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    String[] headerArray() {
        return headers.toArray(String[]::new);
    }

    @Override
    public String toString() {
        String shown = body == null ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "…(" + body.length() + " chars)" : body);
        return method + " " + (path.length() > 300 ? path.substring(0, 300) + "…" : path) + " " + headers + " [" + mutation + "]" + shown;
    }
}
