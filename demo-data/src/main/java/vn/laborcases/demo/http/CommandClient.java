package vn.laborcases.demo.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;

/**
 * The command side's HTTP API as the generator uses it: open a case, then act on it stating
 * the version last seen (If-Match). Every command carries its own Idempotency-Key, so a request
 * lost to a network error is retried once without being recorded twice. A 409 version conflict
 * means a statutory deadline lapsed on the case meanwhile (the scheduler writes those events),
 * so the command is sent again on the new version (a few times at most); the case's own rules
 * then decide whether it still applies. A refusal is marked when the case had changed under it. A 429 (the server's rate limit per caller) waits for
 * its Retry-After and tries again.
 */
public final class CommandClient {

    private static final int CONFLICT_RETRIES = 3;
    private static final int RATE_LIMIT_RETRIES = 20;

    private final URI base;
    private final String inspector;
    private final String supervisor;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final LongAdder sent = new LongAdder();
    private final LongConsumer commandRoundTrip;

    /**
     * @param inspector  the Authorization header of the inspector who records the cases
     * @param supervisor the one of the supervisor who assigns mediators
     */
    public CommandClient(URI base, String inspector, String supervisor) {
        this(base, inspector, supervisor, nanos -> {
        });
    }

    /**
     * @param commandRoundTrip told the nanoseconds of each command request's round trip, whatever
     *                         the answer (the benchmarks' latencies)
     */
    public CommandClient(URI base, String inspector, String supervisor, LongConsumer commandRoundTrip) {
        this.base = base;
        this.inspector = inspector;
        this.supervisor = supervisor;
        this.commandRoundTrip = commandRoundTrip;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Requests sent so far, retries included. */
    public long sent() {
        return sent.sum();
    }

    /** Checks that the command side answers and takes the credentials, before any case is sent. */
    public void checkAccess() {
        for (String authorization : new String[]{inspector, supervisor}) {
            Answer answer = send(HttpRequest.newBuilder(base.resolve("/api/disputes/" + new UUID(0, 0))).GET(),
                    authorization, false);
            if (answer.problem != null && answer.problem.status() != 404) {
                throw new CommandRejected("GET /api/disputes/{unknown id}", answer.problem, false);
            }
        }
    }

    /** Opens a case; answers its state (id, version, …). */
    public JsonNode open(String collection, Map<String, Object> body) {
        Answer answer = post(collection, body, null, inspector);
        if (answer.problem != null) {
            throw new CommandRejected("POST " + collection, answer.problem, false);
        }
        return answer.body;
    }

    /** The case's state after a step, and whether it had changed since the version the caller saw. */
    public record Acted(JsonNode state, boolean caseChangedMeanwhile) {
    }

    /** Sends one step on a case at the version the caller saw, as the inspector or the supervisor. */
    public Acted act(String casePath, String action, long version, Map<String, Object> body, boolean bySupervisor) {
        String path = casePath + "/" + action;
        long expected = version;
        boolean conflicted = false;
        for (int attempt = 0; ; attempt++) {
            Answer answer = post(path, body, expected, bySupervisor ? supervisor : inspector);
            if (answer.problem == null) {
                return new Acted(answer.body, conflicted);
            }
            if (answer.problem.isRuleViolation()) {
                // Axon runs the handler before it checks the version, so a lapse can show as a broken rule.
                throw new CommandRejected("POST " + path, answer.problem, conflicted || currentVersion(casePath) > expected);
            }
            if (!answer.problem.isVersionConflict() || attempt == CONFLICT_RETRIES) {
                throw new CommandRejected("POST " + path, answer.problem, conflicted);
            }
            conflicted = true;
            expected = currentVersion(casePath);
        }
    }

    private long currentVersion(String casePath) {
        Answer answer = send(HttpRequest.newBuilder(base.resolve(casePath)).GET(), inspector, false);
        if (answer.problem != null) {
            throw new CommandRejected("GET " + casePath, answer.problem, true);
        }
        return answer.body.path("version").asLong();
    }

    private Answer post(String path, Map<String, Object> body, Long version, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(write(body)));
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        return send(request, authorization, true);
    }

    private Answer send(HttpRequest.Builder request, String authorization, boolean command) {
        request.header("Authorization", authorization).timeout(Duration.ofSeconds(30));
        HttpRequest built = request.build();
        HttpResponse<String> response = null;
        int networkErrors = 0;
        int rateLimited = 0;
        while (response == null) {
            try {
                if (command) {
                    sent.increment();
                }
                long sentAt = System.nanoTime();
                response = http.send(built, HttpResponse.BodyHandlers.ofString());
                if (command) {
                    commandRoundTrip.accept(System.nanoTime() - sentAt);
                }
                if (response.statusCode() == 429 && rateLimited++ < RATE_LIMIT_RETRIES) {
                    Thread.sleep(1000 * response.headers().firstValueAsLong("Retry-After").orElse(1));
                    response = null;
                }
            } catch (IOException e) {
                if (++networkErrors > 1) {
                    throw new Unreachable("The command side at " + base + " cannot be reached: " + e, e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unreachable("Interrupted while waiting for " + base, e);
            }
        }
        JsonNode body = read(response.body());
        return response.statusCode() / 100 == 2 ? new Answer(body, null)
                : new Answer(null, Problem.of(response.statusCode(), body, response.body()));
    }

    private byte[] write(Map<String, Object> body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a request body: " + body, e);
        }
    }

    private JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private record Answer(JsonNode body, Problem problem) {
    }
}
