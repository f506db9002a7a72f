package vn.laborcases.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of the apps started from its jar by the benchmark itself, for the stages that need apps
 * of their own (the out-of-the-box peer, a query side catching up from nothing), and by the
 * fault-injection suite for its nodes: its output goes to a log file, and it is stopped with
 * SIGTERM, then killed if it lingers.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(30);

    private final String name;
    private final Process process;
    private final URI url;
    private final Path log;

    private AppProcess(String name, Process process, URI url, Path log) {
        this.name = name;
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /**
     * Starts {@code jar} on {@code port} against {@code databaseUrl}, with the apps' JVM options
     * and the given Spring arguments, and waits until it is ready.
     */
    static AppProcess start(String name, Path jar, int port, String databaseUrl, Settings settings, List<String> args)
            throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(settings.appArguments());
        arguments.addAll(args);
        // Each of the benchmark's apps starts once a run: its log holds that run only.
        Path log = Path.of("target", "benchmark", name + ".log");
        Files.deleteIfExists(log);
        return start(new Launch(name, jar, port, databaseUrl, settings.dbUser(), settings.dbPassword(),
                settings.appJvmOptions(), arguments, log));
    }

    /** How to start one app: its jar, port, database, JVM options, Spring arguments and log file. */
    public record Launch(String name, Path jar, int port, String databaseUrl, String dbUser, String dbPassword,
                         List<String> jvmOptions, List<String> args, Path log) {
    }

    /** Starts the app and waits until it is ready; the log file is appended to, so a restart keeps the earlier output. */
    public static AppProcess start(Launch launch) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-jar", launch.jar().toString()));
        command.addAll(launch.args());
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(launch.log().toFile()));
        builder.environment().putAll(Map.of("PORT", String.valueOf(launch.port()), "DATABASE_URL", launch.databaseUrl(),
                "DATABASE_USER", launch.dbUser(), "DATABASE_PASSWORD", launch.dbPassword()));
        var app = new AppProcess(launch.name(), builder.start(), URI.create("http://localhost:" + launch.port()),
                launch.log());
        app.awaitReady();
        return app;
    }

    public URI url() {
        return url;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, as a crash would: no shutdown hook, no graceful end of requests or batches in flight. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void awaitReady() throws InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var readiness = HttpRequest.newBuilder(url.resolve("/actuator/health/readiness")).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The " + name + " stopped while starting; see " + log);
            }
            try {
                if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The " + name + " was not ready after " + START_LIMIT + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
