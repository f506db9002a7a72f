package vn.laborcases.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A throwaway PostgreSQL database for integration tests: a Testcontainers PostgreSQL where
 * a Docker engine is reachable, otherwise a fresh {@code it_<random>} database on the
 * server at TEST_DATABASE_URL (default localhost:5432), dropped when the JVM exits.
 * Never a mock or an in-memory stand-in.
 */
public final class TestDatabase {

    private static final String SERVER_URL = envOr("TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/postgres");
    private static final String USER = envOr("TEST_DATABASE_USER", "postgres");
    private static final String PASSWORD = envOr("TEST_DATABASE_PASSWORD", "");
    private static volatile PostgreSQLContainer container;

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A new, empty database. */
    public static TestDatabase create() {
        if (dockerAvailable()) {
            PostgreSQLContainer server = container();
            String name = createDatabase(server.getJdbcUrl(), server.getUsername(), server.getPassword());
            return new TestDatabase(replaceDatabase(server.getJdbcUrl(), name), server.getUsername(),
                    server.getPassword());
        }
        String name = createDatabase(SERVER_URL, USER, PASSWORD);
        return new TestDatabase(replaceDatabase(SERVER_URL, name), USER, PASSWORD);
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * An outage of this database alone: it refuses new connections and those open are ended,
     * while the server, which other tests share, stays up. {@link #restore()} ends it.
     */
    public void cutOff() {
        onServer("ALTER DATABASE " + name() + " WITH ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name() + "'");
    }

    /** Ends a {@link #cutOff()}: the database accepts connections again. */
    public void restore() {
        onServer("ALTER DATABASE " + name() + " WITH ALLOW_CONNECTIONS true");
    }

    private String name() {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(slash + 1, query < 0 ? url.length() : query);
    }

    private void onServer(String... statements) {
        try (Connection admin = DriverManager.getConnection(replaceDatabase(url, "postgres"), user, password)) {
            for (String statement : statements) {
                admin.createStatement().execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change test database " + name() + ": " + e.getMessage(), e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static synchronized PostgreSQLContainer container() {
        if (container == null) {
            container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
        }
        return container;
    }

    private static String createDatabase(String serverUrl, String user, String password) {
        String name = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(serverUrl, user, password)) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + serverUrl
                    + ". Start PostgreSQL or set TEST_DATABASE_URL: " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl, user, password, name)));
        return name;
    }

    private static void drop(String serverUrl, String user, String password, String name) {
        try (Connection admin = DriverManager.getConnection(serverUrl, user, password)) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static String replaceDatabase(String jdbcUrl, String database) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = jdbcUrl.indexOf('?', slash);
        return jdbcUrl.substring(0, slash + 1) + database + (query < 0 ? "" : jdbcUrl.substring(query));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
