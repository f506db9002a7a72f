package vn.laborcases.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the tests: JSON in, status, headers and JSON out. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String authorization;

    /** Calls as {@link TestUsers#TESTER}, who holds every role nationwide. */
    public Http(String baseUrl) {
        this(baseUrl, TestUsers.basic(TestUsers.TESTER));
    }

    private Http(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** The same app, called as another configured user. */
    public Http as(TestUsers.TestUser user) {
        return new Http(baseUrl, TestUsers.basic(user));
    }

    /** The same app, called with this Authorization header value (a bearer token, say). */
    public Http withAuthorization(String authorizationHeader) {
        return new Http(baseUrl, authorizationHeader);
    }

    /** The same app, called without credentials. */
    public Http anonymous() {
        return new Http(baseUrl, null);
    }

    /** Any method with an optional JSON body; headers come as name, value pairs. */
    public Response send(String method, String path, String json, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            // Set, not added: a caller's Content-Type replaces the default one.
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public record Response(int status, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + raw.body(), e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    /** GET; headers come as name, value pairs. */
    public Response get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** POST a JSON body; headers come as name, value pairs. */
    public Response post(String path, String json, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private Response send(HttpRequest.Builder request) {
        if (authorization != null && request.copy().build().headers().firstValue("Authorization").isEmpty()) {
            request.setHeader("Authorization", authorization);
        }
        try {
            var response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
