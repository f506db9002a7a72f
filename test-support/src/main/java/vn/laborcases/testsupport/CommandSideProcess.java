package vn.laborcases.testsupport;

import org.awaitility.core.ConditionTimeoutException;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The real command side, started from its built jar in a process of its own, against the same
 * test database as the other app or tool under test: they run as they do in production. (In
 * one JVM they would share one classpath, and so one application.yml.) Statutory deadlines do
 * not fire during a test unless a property says otherwise, so that every command meets the case
 * as the test left it.
 */
public final class CommandSideProcess implements AutoCloseable {

    private static final Path JAR = Path.of("..", "command-side", "target",
            "labor-cases-command-side-0.1.0-SNAPSHOT.jar");

    private final Process process;
    private final URI url;
    private final Http http;

    private CommandSideProcess(Process process, int port) {
        this.process = process;
        this.url = URI.create("http://localhost:" + port);
        this.http = new Http(url.toString());
    }

    /** Starts the jar, with extra Spring properties ({@code name=value}) after the tests' own. */
    public static CommandSideProcess start(TestDatabase database, String... extraProperties) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("Build the command side first (./mvnw -pl command-side -am package "
                    + "-DskipTests): " + JAR.toAbsolutePath() + " is missing");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-jar", JAR.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--labor-cases.deadlines.polling-interval=1h"));
        TestUsers.properties().forEach(property -> command.add("--" + property));
        for (String property : extraProperties) {
            command.add("--" + property);
        }
        try {
            File log = Files.createTempFile("command-side-", ".log").toFile();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log).start();
            var started = new CommandSideProcess(process, port);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            started.awaitReady(log);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Http http() {
        return http;
    }

    public URI url() {
        return url;
    }

    private void awaitReady(File log) throws IOException {
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("The command side exited on start:\n"
                                    + Files.readString(log.toPath()));
                        }
                        return isReady();
                    });
        } catch (ConditionTimeoutException e) {
            close();
            throw new IllegalStateException("The command side did not become ready in 90 s:\n"
                    + Files.readString(log.toPath()), e);
        }
    }

    private boolean isReady() {
        try {
            return http.get("/actuator/health/readiness").status() == 200;
        } catch (UncheckedIOException notYetListening) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
