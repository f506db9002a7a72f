package vn.laborcases.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own limit on this server: pgbench running a custom script of one single-row
 * INSERT of about 1 KB per transaction (an event's payload and metadata are of that order),
 * into a table of its own in the benchmark database.
 */
final class PgBench {

    static final String TABLE = "bench_single_insert";
    /** About 1 KB, below the 2 KB where PostgreSQL would compress it, as an uncompressed event row is. */
    static final String PAYLOAD = "{\"benchmark\":\"" + "0123456789abcdef".repeat(62) + "\"}";

    private static final Pattern TPS_EXCLUDING_CONNECTIONS = Pattern.compile(
            "tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private final Settings settings;

    PgBench(Settings settings) {
        this.settings = settings;
    }

    /** Transactions per second at that many clients, each its own connection. */
    double tps(int clients) throws IOException, InterruptedException, SQLException {
        prepareTable();
        Path script = Files.createTempFile("single-insert", ".sql");
        try {
            Files.writeString(script, "INSERT INTO " + TABLE + " (payload) VALUES ('" + PAYLOAD + "');\n");
            URI server = settings.server();
            int threads = Math.min(clients, Runtime.getRuntime().availableProcessors());
            var command = new ProcessBuilder(List.of(settings.pgbench(), "-n", "-M", "prepared", "-f", script.toString(),
                    "-c", String.valueOf(clients), "-j", String.valueOf(threads),
                    "-T", String.valueOf(settings.pgbenchTime().toSeconds()),
                    "-h", server.getHost(), "-p", String.valueOf(server.getPort() < 0 ? 5432 : server.getPort()),
                    "-U", settings.dbUser(), server.getPath().substring(1))).redirectErrorStream(true);
            if (!settings.dbPassword().isEmpty()) {
                command.environment().put("PGPASSWORD", settings.dbPassword());
            }
            Process process = command.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(settings.pgbenchTime().toSeconds() + 60, TimeUnit.SECONDS)
                    || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("pgbench failed:\n" + output);
            }
            return parseTps(output);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** pgbench's tps, without the time spent connecting when it says so (PostgreSQL 14 and later). */
    static double parseTps(String output) {
        Matcher matcher = TPS_EXCLUDING_CONNECTIONS.matcher(output);
        if (!matcher.find()) {
            matcher = TPS.matcher(output);
            if (!matcher.find()) {
                throw new IllegalStateException("No tps in pgbench's output:\n" + output);
            }
        }
        return Double.parseDouble(matcher.group(1));
    }

    private void prepareTable() throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.dbUser(),
                settings.dbPassword()); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
            statement.execute("CREATE TABLE " + TABLE + " (id bigserial PRIMARY KEY, payload text NOT NULL)");
        }
    }
}
