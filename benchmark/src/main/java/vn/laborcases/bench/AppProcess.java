package vn.laborcases.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of the apps started from its jar by the benchmark itself, for the stages that need apps
 * of their own (the out-of-the-box peer, a query side catching up from nothing): its output
 * goes to a log file, and it is stopped with SIGTERM, then killed if it lingers.
 */
final class AppProcess implements AutoCloseable {

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
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(settings.appJvmOptions());
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(settings.appArguments());
        command.addAll(args);
        Path log = Path.of("target", "benchmark", name + ".log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("PORT", String.valueOf(port), "DATABASE_URL", databaseUrl,
                "DATABASE_USER", settings.dbUser(), "DATABASE_PASSWORD", settings.dbPassword()));
        var app = new AppProcess(name, builder.start(), URI.create("http://localhost:" + port), log);
        app.awaitReady();
        return app;
    }

    URI url() {
        return url;
    }

    long pid() {
        return process.pid();
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
        process.destroy();
        if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
