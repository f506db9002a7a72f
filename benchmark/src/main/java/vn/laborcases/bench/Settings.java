package vn.laborcases.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.laborcases.bench.Arguments.number;
import static vn.laborcases.bench.Arguments.words;

/**
 * What one benchmark run measures and where: the two apps, the PostgreSQL server they share,
 * pgbench, and the sizes of each stage. {@code --smoke} shrinks every stage to prove that the
 * runner works in well under a minute; the full mode's defaults are for one evening's run.
 *
 * @param events     the event store's size to build before the measured stages (the demo data generator)
 * @param fillTime   the most time to spend building it
 * @param caseEvents the events of the one case whose point-in-time state is reconstructed
 * @param sparePort  the first of three ports for the apps the benchmark starts itself (the peer, catch-ups)
 * @param warmUpLimit the longest unmeasured load before the command windows ({@link WarmUp})
 */
public record Settings(boolean smoke, URI commandUrl, URI queryUrl, String jdbcUrl, String dbUser,
                       String dbPassword, String pgbench, long commandPid, long queryPid, Duration pgbenchTime,
                       Duration loadTime, long events, Duration fillTime, int fillThreads, int queryRuns, int caseEvents,
                       int lagSampleEvery, int jwksPort, Path commandJar, Path queryJar, List<String> appJvmOptions,
                       List<String> appArguments, int sparePort, Duration catchUpTime, Duration warmUpLimit) {

    private static final Set<String> NAMES = Set.of("smoke", "command-url", "query-url", "jdbc-url", "db-user",
            "db-password", "pgbench", "command-pid", "query-pid", "pgbench-seconds", "load-seconds", "events",
            "fill-minutes", "fill-threads", "query-runs", "case-events", "lag-sample-every", "jwks-port", "command-jar",
            "query-jar", "app-jvm-options", "app-arguments", "spare-port", "catch-up-seconds", "warm-up-seconds");

    public static final String USAGE = """
            Usage: java -jar labor-cases-benchmark.jar --jdbc-url=… --pgbench=PATH --command-pid=N --query-pid=N
                   --command-jar=PATH --query-jar=PATH [options]
              --smoke                 a few seconds per stage and a few hundred events: proves that it runs
              --command-url=URL       the command side (default http://localhost:38081)
              --query-url=URL         the query side (default http://localhost:38082)
              --db-user=U --db-password=P   PostgreSQL credentials (default postgres, empty)
              --pgbench-seconds=N     each pgbench run (default 30; smoke 2)
              --load-seconds=N        each HTTP command load, at 1 and at 16 clients (default 60; smoke 3)
              --events=N              build the event store up to about N events first (default 100000; smoke 200)
              --fill-minutes=N        stop building the store after about N minutes, whatever its size (default 15)
              --fill-threads=N        the generator's clients while building the store (default 8)
              --query-runs=N          timed runs of each supervisor query (default 50; smoke 5)
              --case-events=N         events of the case whose past state is rebuilt (default 1000; smoke 50)
              --lag-sample-every=N    probe the projection lag of every Nth acknowledged command (default 10)
              --jwks-port=N           where the benchmark serves the JWK set that the apps trust (default 38090)
              --app-jvm-options="…"   the JVM options of the apps the benchmark starts (space-separated)
              --app-arguments="…"     their Spring arguments, as the running apps were given them
              --spare-port=N          the first of three ports for those apps (default 38083)
              --catch-up-seconds=N    the longest a catch-up from nothing is timed (default 60; smoke 5)
              --warm-up-seconds=N     the longest unmeasured load before the command windows, ours and the
                                      peer's, until the apps' JIT compilers are quiet (default 300; smoke 0)""";

    public static Settings parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") ? arg.substring(2, equals > 2 ? equals : arg.length()) : null;
            if (name == null || !NAMES.contains(name)) {
                throw new IllegalArgumentException("Unknown argument: " + arg);
            }
            given.put(name, equals > 2 ? arg.substring(equals + 1) : "true");
        }
        boolean smoke = Boolean.parseBoolean(given.getOrDefault("smoke", "false"));
        for (String required : new String[]{"jdbc-url", "pgbench", "command-pid", "query-pid", "command-jar",
                "query-jar"}) {
            if (!given.containsKey(required)) {
                throw new IllegalArgumentException("Missing --" + required);
            }
        }
        try {
            return new Settings(smoke,
                    URI.create(given.getOrDefault("command-url", "http://localhost:38081")),
                    URI.create(given.getOrDefault("query-url", "http://localhost:38082")),
                    given.get("jdbc-url"), given.getOrDefault("db-user", "postgres"),
                    given.getOrDefault("db-password", ""), given.get("pgbench"),
                    Long.parseLong(given.get("command-pid")), Long.parseLong(given.get("query-pid")),
                    Duration.ofSeconds(number(given, "pgbench-seconds", smoke ? 2 : 30)),
                    Duration.ofSeconds(number(given, "load-seconds", smoke ? 3 : 60)),
                    number(given, "events", smoke ? 200 : 100_000),
                    Duration.ofMinutes(number(given, "fill-minutes", 15)),
                    (int) number(given, "fill-threads", 8),
                    (int) number(given, "query-runs", smoke ? 5 : 50),
                    (int) number(given, "case-events", smoke ? 50 : 1000),
                    (int) number(given, "lag-sample-every", 10),
                    (int) number(given, "jwks-port", 38090),
                    Path.of(given.get("command-jar")), Path.of(given.get("query-jar")),
                    words(given.get("app-jvm-options")), words(given.get("app-arguments")),
                    (int) number(given, "spare-port", 38083),
                    Duration.ofSeconds(number(given, "catch-up-seconds", smoke ? 5 : 60)),
                    Duration.ofSeconds(number(given, "warm-up-seconds", smoke ? 0 : 300, 0)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Invalid value: " + e.getMessage(), e);
        }
    }


    /** The server and database that pgbench connects to: those of the JDBC URL. */
    URI server() {
        return URI.create(jdbcUrl.substring("jdbc:".length()));
    }
}
