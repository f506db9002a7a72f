package vn.laborcases.query.it;

import vn.laborcases.testsupport.Http;
import vn.laborcases.testsupport.TestUsers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A screen watching the case-list stream of one province: the lines it has received so far. */
record Screen(HttpResponse<Stream<String>> response, List<String> lines) {

    /**
     * Subscribes (headers come as name, value pairs; the tester logs in unless they carry an
     * Authorization) and returns once the stream says it is subscribed.
     */
    static Screen watching(String province, String... headers) throws Exception {
        return watching(SharedApps.queries(), province, headers);
    }

    /** The same, on the query-side instance that {@code queries} talks to. */
    static Screen watching(Http queries, String province, String... headers) throws Exception {
        String base = queries.get("/actuator/health").raw().uri().resolve("/").toString();
        HttpRequest.Builder subscribe = HttpRequest.newBuilder(URI.create(base + "api/cases/stream?province="
                + province)).header("Accept", "text/event-stream").GET();
        for (int i = 0; i < headers.length; i += 2) {
            subscribe.header(headers[i], headers[i + 1]);
        }
        if (subscribe.copy().build().headers().firstValue("Authorization").isEmpty()) {
            subscribe.header("Authorization", TestUsers.basic(TestUsers.TESTER));
        }
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(subscribe.build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
            } catch (RuntimeException closed) {
                // The stream ends when the test closes it or the app shuts down.
            }
        }, "case-list-stream-reader");
        reader.setDaemon(true);
        reader.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(l -> l.startsWith(":subscribed")));
        return new Screen(response, lines);
    }

    void close() {
        response.body().close();
    }
}
