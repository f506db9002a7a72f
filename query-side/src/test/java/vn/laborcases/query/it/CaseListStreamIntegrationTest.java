package vn.laborcases.query.it;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A screen subscribed to one province's stream receives the row of a case filed there on the
 * command side, once the projection has committed it.
 */
class CaseListStreamIntegrationTest {

    @Test
    void aCaseFiledInTheProvinceIsPushedToItsScreens() throws Exception {
        Screen screen = Screen.watching("HO_CHI_MINH");
        assertThat(screen.response().headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> lines = screen.lines();

        String taxCode = CaseListIntegrationTest.randomTaxCode();
        String id = CaseListCommands.fileDispute(SharedApps.commands(), "HO_CHI_MINH", taxCode,
                CaseListIntegrationTest.TODAY.minusDays(1));

        await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream()
                .anyMatch(line -> line.startsWith("data:") && line.contains(id) && line.contains(taxCode)
                        && line.contains("AWAITING_MEDIATOR")));
        assertThat(lines).contains("event:case");
        screen.close();
    }

    @Test
    void anUnknownProvinceIsRefused() {
        var response = SharedApps.queries().get("/api/cases/stream?province=SAIGON");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.raw().body()).contains("province");
    }
}
