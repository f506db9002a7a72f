package vn.laborcases.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * The load's way to the command nodes, as a client behind a load balancer with retries would
 * have it: each request goes to a random node; a refused or broken connection, a 5xx, or a
 * 409 "idempotency-key-in-flight" sends the very same request (same Idempotency-Key, body and
 * If-Match) to the other node, then back, until an answer is definitive. So every command the
 * demo client sends gets a definitive answer, which is what makes the ledger exact; a command
 * that got none within {@link #ANSWER_LIMIT} is answered 503 and counted as undetermined.
 */
final class FailoverRouter implements AutoCloseable {

    /** Below the demo client's own 30 s request timeout, so that the client always hears the outcome. */
    static final Duration ANSWER_LIMIT = Duration.ofSeconds(27);
    private static final Set<String> FORWARDED = Set.of("authorization", "content-type", "idempotency-key", "if-match",
            "accept");
    private static final Set<String> RETURNED = Set.of("content-type", "etag", "location", "retry-after");

    private final List<URI> nodes;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(64);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    final LongAdder commands = new LongAdder();
    final LongAdder retriedCommands = new LongAdder();
    final LongAdder attempts = new LongAdder();
    final LongAdder connectionErrors = new LongAdder();
    final LongAdder keyInFlight = new LongAdder();
    final Map<Integer, LongAdder> serverErrors = new ConcurrentHashMap<>();
    final List<String> undetermined = new java.util.concurrent.CopyOnWriteArrayList<>();

    FailoverRouter(int port, List<URI> nodes) throws IOException {
        this.nodes = List.copyOf(nodes);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.createContext("/", this::route);
        server.setExecutor(threads);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    long serverErrorCount() {
        return serverErrors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    private void route(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            boolean command = exchange.getRequestMethod().equals("POST");
            if (command) {
                commands.increment();
            }
            long deadline = System.nanoTime() + ANSWER_LIMIT.toNanos();
            int node = ThreadLocalRandom.current().nextInt(nodes.size());
            for (int attempt = 0; System.nanoTime() < deadline; attempt++, node = (node + 1) % nodes.size()) {
                if (attempt == 1 && command) {
                    retriedCommands.increment();
                }
                if (attempt >= nodes.size()) {
                    // Every node tried once: give a restarting node or PostgreSQL a moment.
                    sleep(Math.min(1000, 100L * attempt));
                }
                HttpResponse<byte[]> answer = send(exchange, body, nodes.get(node), deadline);
                if (answer != null && definitive(answer)) {
                    answer.headers().map().forEach((name, values) -> {
                        if (RETURNED.contains(name.toLowerCase())) {
                            exchange.getResponseHeaders().put(name, values);
                        }
                    });
                    exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
                    exchange.getResponseBody().write(answer.body());
                    return;
                }
            }
            undetermined.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] problem = ("{\"type\":\"urn:fault-suite:no-definitive-answer\",\"status\":503,\"detail\":"
                    + "\"No node answered definitively within " + ANSWER_LIMIT.toSeconds() + " s\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(503, problem.length);
            exchange.getResponseBody().write(problem);
        }
    }

    private HttpResponse<byte[]> send(HttpExchange exchange, byte[] body, URI node, long deadline) {
        attempts.increment();
        var request = HttpRequest.newBuilder(node.resolve(exchange.getRequestURI().toString()))
                .timeout(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (FORWARDED.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException refusedOrBroken) {
            connectionErrors.increment();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private boolean definitive(HttpResponse<byte[]> answer) {
        int status = answer.statusCode();
        if (status >= 500) {
            serverErrors.computeIfAbsent(status, s -> new LongAdder()).increment();
            return false;
        }
        if (status == 409 && new String(answer.body(), StandardCharsets.UTF_8).contains("idempotency-key-in-flight")) {
            keyInFlight.increment();
            return false;
        }
        return true;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
