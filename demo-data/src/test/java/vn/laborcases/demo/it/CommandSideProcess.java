package vn.laborcases.demo.it;

import vn.laborcases.testsupport.TestDatabase;
import vn.laborcases.testsupport.TestUsers;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The command side's executable jar, run as its own process against a test database, as an
 * operator runs it; the reactor builds the jar before this module's tests.
 */
final class CommandSideProcess implements AutoCloseable {

    private static final Path TARGET = Path.of("..", "command-side", "target");

    private final Process process;
    private final Path log;
    private final URI url;

    private CommandSideProcess(Process process, Path log, URI url) {
        this.process = process;
        this.log = log;
        this.url = url;
    }

    static CommandSideProcess start(TestDatabase database, String... extraProperties) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar().toString(),
                "--server.port=" + port, "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password()));
        TestUsers.properties().forEach(property -> command.add("--" + property));
        for (String property : extraProperties) {
            command.add("--" + property);
        }
        Path log = Files.createTempFile("command-side-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var started = new CommandSideProcess(process, log, URI.create("http://localhost:" + port));
        started.awaitReady();
        return started;
    }

    URI url() {
        return url;
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            return files.filter(file -> file.getFileName().toString().matches("labor-cases-command-side-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "Build the command side first: no executable jar in " + TARGET.toAbsolutePath()));
        }
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The command side stopped:\n" + Files.readString(log));
            }
            try {
                var answer = http.send(HttpRequest.newBuilder(url.resolve("/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("The command side did not become ready:\n" + Files.readString(log));
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(log);
    }
}
