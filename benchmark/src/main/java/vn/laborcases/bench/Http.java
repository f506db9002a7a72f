package vn.laborcases.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** JSON over HTTP to one app as one of the benchmark's callers (a bearer token). */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Answer(int status, String body) {
        public boolean ok() {
            return status / 100 == 2;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }

        /** The answer, or an exception naming what was asked when it is not 2xx. */
        public Answer require(String what) {
            if (!ok()) {
                throw new IllegalStateException(what + " answered " + status + ": "
                        + body.substring(0, Math.min(300, body.length())));
            }
            return this;
        }
    }

    private final URI base;
    private final String authorization;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public Http(URI base, IdentityProvider callers, String caller) {
        this.base = base;
        this.authorization = callers.bearer(caller);
    }

    public Answer get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    public Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).header("Authorization", authorization)
                .timeout(Duration.ofMinutes(5));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
