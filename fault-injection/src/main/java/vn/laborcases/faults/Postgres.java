package vn.laborcases.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The suite's own PostgreSQL, so that it may restart it: the local-postgres launcher (zonky's
 * embedded PostgreSQL) on a fixed data directory, so that a restart stops and starts the same
 * cluster and keeps the data; or an external server with the command that restarts it.
 */
abstract class Postgres implements AutoCloseable {

    abstract String jdbcUrl();

    abstract void start() throws IOException, InterruptedException;

    abstract void stop() throws IOException, InterruptedException;

    /** The fault: a stop, {@code down} without a server, a start. */
    void restart(Duration down) throws IOException, InterruptedException {
        stop();
        Thread.sleep(down.toMillis());
        start();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop();
    }

    /** Embedded: the launcher is stopped with SIGTERM, which makes it stop PostgreSQL (fast shutdown). */
    static final class Embedded extends Postgres {

        private static final Duration START_LIMIT = Duration.ofSeconds(120);
        private static final String READY = "Local PostgreSQL ready";

        private final Path launcherJar;
        private final Path home;
        private final int port;
        private final Path log;
        private Process launcher;

        Embedded(Path launcherJar, Path home, int port) {
            this.launcherJar = launcherJar;
            this.home = home;
            this.port = port;
            this.log = home.resolve("launcher.log");
        }

        /** A cluster from an earlier run, even one left running by a killed suite, is removed first. */
        void wipe() throws IOException, InterruptedException {
            Path pidFile = home.resolve("data").resolve("postmaster.pid");
            if (Files.exists(pidFile)) {
                String pid = Files.readAllLines(pidFile).get(0).strip();
                // SIGINT: PostgreSQL's fast shutdown.
                new ProcessBuilder("kill", "-INT", pid).inheritIO().start().waitFor();
                for (int i = 0; i < 50 && Files.exists(pidFile); i++) {
                    Thread.sleep(200);
                }
            }
            if (Files.exists(home)) {
                try (var paths = Files.walk(home)) {
                    for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(home);
        }

        @Override
        String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:" + port + "/labor_cases";
        }

        @Override
        void start() throws IOException, InterruptedException {
            long offset = Files.exists(log) ? Files.size(log) : 0;
            var builder = new ProcessBuilder(List.of("java", "-Xmx256m", "-jar", launcherJar.toAbsolutePath().toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("LOCAL_PG_PORT", String.valueOf(port));
            builder.environment().put("LOCAL_PG_HOME", home.toAbsolutePath().toString());
            launcher = builder.start();
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            while (!Files.readString(log).substring((int) offset).contains(READY)) {
                if (!launcher.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("The embedded PostgreSQL did not start; see " + log);
                }
                Thread.sleep(200);
            }
        }

        @Override
        void stop() throws InterruptedException {
            if (launcher == null || !launcher.isAlive()) {
                return;
            }
            launcher.destroy();
            if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
                launcher.destroyForcibly().waitFor();
            }
        }
    }

    /** External: the suite cannot stop it, so the restart is whatever command the operator gives. */
    static final class External extends Postgres {

        private final String jdbcUrl;
        private final String restartCommand;

        External(String jdbcUrl, String restartCommand) {
            this.jdbcUrl = jdbcUrl;
            this.restartCommand = restartCommand;
        }

        @Override
        String jdbcUrl() {
            return jdbcUrl;
        }

        @Override
        void start() {
        }

        @Override
        void stop() {
        }

        @Override
        void restart(Duration down) throws IOException, InterruptedException {
            int status = new ProcessBuilder("bash", "-c", restartCommand).inheritIO().start().waitFor();
            if (status != 0) {
                throw new IllegalStateException("The restart command exited with " + status + ": " + restartCommand);
            }
        }
    }
}
