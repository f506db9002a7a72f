package vn.laborcases.faults;

import vn.laborcases.bench.AppProcess;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The apps under test: two command-side and two query-side nodes, each its own process from its
 * jar (the benchmark's launcher), against the suite's PostgreSQL, in production JWT mode.
 */
final class Nodes implements AutoCloseable {

    /** One node: how it is started, and its process while it runs. */
    static final class Node {
        final AppProcess.Launch launch;
        volatile AppProcess process;

        Node(AppProcess.Launch launch) {
            this.launch = launch;
        }

        String name() {
            return launch.name();
        }

        URI url() {
            return URI.create("http://localhost:" + launch.port());
        }

        void start() throws IOException, InterruptedException {
            process = AppProcess.start(launch);
        }

        boolean running() {
            return process != null && process.isAlive();
        }

        /** kill -9; answers the pid killed. */
        long kill() throws InterruptedException {
            long pid = process.pid();
            process.kill();
            return pid;
        }
    }

    final List<Node> commandNodes = new ArrayList<>();
    final List<Node> queryNodes = new ArrayList<>();

    Nodes(FaultSettings settings, String jdbcUrl) {
        for (int i = 0; i < 2; i++) {
            commandNodes.add(new Node(launch(settings, "command-side-" + (i + 1), settings.commandJar(),
                    settings.commandPort() + i, jdbcUrl)));
            queryNodes.add(new Node(launch(settings, "query-side-" + (i + 1), settings.queryJar(),
                    settings.queryPort() + i, jdbcUrl)));
        }
    }

    private static AppProcess.Launch launch(FaultSettings settings, String name, Path jar, int port, String jdbcUrl) {
        // Production mode: callers present JWTs the suite signs. The load's eight clients act as one
        // inspector, whom the per-caller rate limit would otherwise slow down.
        List<String> args = new ArrayList<>(List.of(
                "--labor-cases.security.jwt.jwk-set-uri=http://127.0.0.1:" + settings.jwksPort() + "/jwks",
                "--labor-cases.security.rate-limit.capacity=100000000"));
        args.addAll(settings.appArguments());
        return new AppProcess.Launch(name, jar, port, jdbcUrl, settings.dbUser(), settings.dbPassword(),
                settings.appJvmOptions(), args, settings.output().resolve(name + ".log"));
    }

    /** The first command node migrates the command side's tables, which the query side reads: the others start after it, together. */
    void start() throws IOException, InterruptedException {
        commandNodes.get(0).start();
        var starting = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> started = new ArrayList<>();
            for (Node node : List.of(commandNodes.get(1), queryNodes.get(0), queryNodes.get(1))) {
                started.add(starting.submit(() -> {
                    node.start();
                    return null;
                }));
            }
            for (Future<?> future : started) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("A node did not start: " + e.getCause().getMessage(), e.getCause());
        } finally {
            starting.shutdown();
        }
    }

    List<URI> commandUrls() {
        return commandNodes.stream().map(Node::url).toList();
    }

    @Override
    public void close() throws InterruptedException {
        for (Node node : concat()) {
            if (node.process != null) {
                node.process.close();
            }
        }
    }

    private List<Node> concat() {
        List<Node> all = new ArrayList<>(queryNodes);
        all.addAll(commandNodes);
        return all;
    }
}
