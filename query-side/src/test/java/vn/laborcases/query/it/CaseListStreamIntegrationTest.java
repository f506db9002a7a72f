package vn.laborcases.query.it;

import org.junit.jupiter.api.Test;

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

/**
 * A screen subscribed to one province's stream receives the row of a case filed there on the
 * command side, once the projection has committed it.
 */
class CaseListStreamIntegrationTest {

    @Test
    void aCaseFiledInTheProvinceIsPushedToItsScreens() throws Exception {
        String queryBase = SharedApps.queries().get("/actuator/health").raw().uri().resolve("/").toString();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create(queryBase + "api/cases/stream?province=HO_CHI_MINH"))
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = client.send(subscribe, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");

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

        String taxCode = CaseListIntegrationTest.randomTaxCode();
        String id = CaseListCommands.fileDispute(SharedApps.commands(), "HO_CHI_MINH", taxCode,
                CaseListIntegrationTest.TODAY.minusDays(1));

        await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream()
                .anyMatch(line -> line.startsWith("data:") && line.contains(id) && line.contains(taxCode)
                        && line.contains("AWAITING_MEDIATOR")));
        assertThat(lines).contains("event:case");
        reader.interrupt();
        response.body().close();
    }

    @Test
    void anUnknownProvinceIsRefused() {
        var response = SharedApps.queries().get("/api/cases/stream?province=SAIGON");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.raw().body()).contains("province");
    }
}
