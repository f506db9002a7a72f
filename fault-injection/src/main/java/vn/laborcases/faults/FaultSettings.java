package vn.laborcases.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.laborcases.bench.Arguments.number;
import static vn.laborcases.bench.Arguments.words;

/**
 * One run of the suite: which faults, how many, on which ports. {@code --short} is CI's run,
 * one fault of each kind; the full run kills a command node at least five times.
 *
 * @param basePort PostgreSQL on it, the JWK set on +1, the router on +2, the command nodes on
 *                 +10 and +11, the query nodes on +20 and +21
 * @param gapHold  how long the gap fault keeps its transaction open: longer than the
 *                 processors' gap timeout (Axon's default, 60 s, unless the store says otherwise)
 */
record FaultSettings(boolean shortRun, Path commandJar, Path queryJar, Path postgresJar, String databaseUrl,
                     String restartCommand, String dbUser, String dbPassword, int basePort, int clients,
                     int commandKills, Duration gapHold, Duration catchUpLimit, long seed, List<String> appJvmOptions,
                     List<String> appArguments, Path output) {

    private static final Set<String> NAMES = Set.of("short", "command-jar", "query-jar", "postgres-jar",
            "database-url", "restart-command", "db-user", "db-password", "base-port", "clients", "command-kills",
            "gap-hold-seconds", "catch-up-seconds", "seed", "app-jvm-options", "app-arguments", "output");

    static final String USAGE = """
            Usage: java -jar labor-cases-fault-injection.jar --command-jar=PATH --query-jar=PATH --postgres-jar=PATH [options]
              --short                   one fault of each kind (CI); without it, at least 5 command-node kills
              --database-url=URL        an external PostgreSQL (its database must be empty) instead of the embedded one
              --restart-command="…"     with --database-url: the shell command that restarts that server
              --db-user=U --db-password=P   its credentials (default postgres, empty)
              --base-port=N             PostgreSQL N, JWK set N+1, router N+2, command nodes N+10/11, query nodes N+20/21 (default 39300)
              --clients=N               load clients running the demo mix (default 8)
              --command-kills=N         kill -9 of a command node (default 5; short 1)
              --gap-hold-seconds=N      how long the gap transaction stays open (default 65: Axon's gap timeout is 60 s)
              --catch-up-seconds=N      the longest wait for the projections after the load (default 240)
              --seed=N                  the demo mix's and the faults' seed (default: the time)
              --app-jvm-options="…"     the apps' JVM options; --app-arguments="…" their Spring arguments
              --output=DIR              logs and the embedded cluster (default target/fault-injection)""";

    static FaultSettings parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") ? arg.substring(2, equals > 2 ? equals : arg.length()) : null;
            if (name == null || !NAMES.contains(name)) {
                throw new IllegalArgumentException("Unknown argument: " + arg);
            }
            given.put(name, equals > 2 ? arg.substring(equals + 1) : "true");
        }
        for (String required : new String[]{"command-jar", "query-jar", "postgres-jar"}) {
            if (!given.containsKey(required)) {
                throw new IllegalArgumentException("Missing --" + required);
            }
        }
        if (given.containsKey("database-url") != given.containsKey("restart-command")) {
            throw new IllegalArgumentException("--database-url and --restart-command go together");
        }
        boolean shortRun = Boolean.parseBoolean(given.getOrDefault("short", "false"));
        try {
            return new FaultSettings(shortRun, Path.of(given.get("command-jar")), Path.of(given.get("query-jar")),
                    Path.of(given.get("postgres-jar")), given.get("database-url"), given.get("restart-command"),
                    given.getOrDefault("db-user", "postgres"), given.getOrDefault("db-password", ""),
                    (int) number(given, "base-port", 39300), (int) number(given, "clients", 8),
                    (int) number(given, "command-kills", shortRun ? 1 : 5),
                    Duration.ofSeconds(number(given, "gap-hold-seconds", 65)),
                    Duration.ofSeconds(number(given, "catch-up-seconds", 240)),
                    number(given, "seed", System.currentTimeMillis()),
                    words(given.get("app-jvm-options")), words(given.get("app-arguments")),
                    Path.of(given.getOrDefault("output", "target/fault-injection")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Invalid value: " + e.getMessage(), e);
        }
    }

    int postgresPort() {
        return basePort;
    }

    int jwksPort() {
        return basePort + 1;
    }

    int routerPort() {
        return basePort + 2;
    }

    int commandPort() {
        return basePort + 10;
    }

    int queryPort() {
        return basePort + 20;
    }
}
