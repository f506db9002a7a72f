package vn.laborcases.demo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What to generate and where to send it.
 *
 * @param cases  how many cases to create; null with {@code events} set: as many as it takes
 * @param events stop starting new cases once about this many events were recorded (0: no such limit)
 * @param today  the run's "today" in Vietnam: no business date lies after it, and the plan depends on it
 * @param inspector  who records the cases
 * @param supervisor who assigns mediators (the command side lets only supervisors do that)
 */
public record Options(URI commandUrl, Integer cases, long events, long seed, int threads,
                      Credentials inspector, Credentials supervisor, LocalDate today) {

    /** Basic auth, or a bearer token when one is given. */
    public record Credentials(String user, String password, String token) {
        public String header() {
            if (token != null && !token.isBlank()) {
                return "Bearer " + token;
            }
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Set<String> NAMES = Set.of("command-url", "cases", "events", "seed", "threads", "user",
            "password", "token", "supervisor-user", "supervisor-password", "supervisor-token", "today");

    public static final String USAGE = """
            Usage: java -jar labor-cases-demo-data.jar [options]
              --command-url=URL   the command side (default http://localhost:8081)
              --cases=N           cases to create (default 300)
              --events=N          or: stop starting cases once about N events were recorded
              --seed=N            same seed, same cases, steps and amounts (default 42)
              --threads=N         concurrent HTTP clients (default 4)
              --user=U --password=P   basic auth (default inspector / demo)
              --token=JWT         or: a bearer token
              --supervisor-user=U --supervisor-password=P | --supervisor-token=JWT
                                  who assigns mediators (default supervisor / demo)
              --today=YYYY-MM-DD  the last business date to use (default: today in Asia/Ho_Chi_Minh)""";

    public Options {
        if (cases != null && cases < 0 || events < 0 || threads < 1) {
            throw new IllegalArgumentException("cases and events cannot be negative, and threads must be at least 1");
        }
        if (cases == null && events == 0) {
            throw new IllegalArgumentException("Say how many cases (--cases) or events (--events) to create");
        }
    }

    public static Options parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : null;
            if (name == null || !NAMES.contains(name)) {
                throw new IllegalArgumentException("Unknown argument: " + arg);
            }
            given.put(name, arg.substring(equals + 1));
        }
        try {
            long events = Long.parseLong(given.getOrDefault("events", "0"));
            Integer cases = given.containsKey("cases") ? Integer.valueOf(given.get("cases")) : events > 0 ? null : 300;
            String today = given.get("today");
            return new Options(URI.create(given.getOrDefault("command-url", "http://localhost:8081")), cases, events,
                    Long.parseLong(given.getOrDefault("seed", "42")),
                    Integer.parseInt(given.getOrDefault("threads", "4")),
                    new Credentials(given.getOrDefault("user", "inspector"), given.getOrDefault("password", "demo"),
                            given.get("token")),
                    new Credentials(given.getOrDefault("supervisor-user", "supervisor"),
                            given.getOrDefault("supervisor-password", "demo"), given.get("supervisor-token")),
                    today == null ? LocalDate.now(VIETNAM) : LocalDate.parse(today));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Invalid value: " + e.getMessage(), e);
        }
    }

    /** Options for an in-process caller, such as the benchmarks: the local demo users, dates up to today. */
    public static Options of(URI commandUrl, int cases, long seed, int threads) {
        return new Options(commandUrl, cases, 0, seed, threads, new Credentials("inspector", "demo", null),
                new Credentials("supervisor", "demo", null), LocalDate.now(VIETNAM));
    }

    public Options withEvents(long target) {
        return new Options(commandUrl, null, target, seed, threads, inspector, supervisor, today);
    }

    public Options withCredentials(Credentials inspector, Credentials supervisor) {
        return new Options(commandUrl, cases, events, seed, threads, inspector, supervisor, today);
    }

    /** About how many cases the run will make, to size the enterprise pool (~9 commands a case). */
    int expectedCases() {
        return cases != null ? cases : (int) Math.min(Integer.MAX_VALUE, events / 9 + 1);
    }
}
