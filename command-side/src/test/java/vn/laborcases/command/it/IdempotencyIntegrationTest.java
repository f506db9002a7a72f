package vn.laborcases.command.it;

import vn.laborcases.testsupport.Http;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.it.DisputeRequestsJson.TODAY;
import static vn.laborcases.command.it.DisputeRequestsJson.dated;
import static vn.laborcases.command.it.DisputeRequestsJson.individualDispute;

/** A retried request with the same Idempotency-Key is safe. */
class IdempotencyIntegrationTest {

    private final Http http = SharedCommandSide.http();

    @Test
    void retriedFiling_returnsTheFirstAnswerAndFilesOnce() {
        String key = UUID.randomUUID().toString();
        String body = individualDispute(TODAY.minusDays(10), TODAY.minusDays(5));
        long before = StoredEvents.count(SharedCommandSide.DATABASE);

        var first = http.post("/api/disputes", body, "Idempotency-Key", key);
        var retry = http.post("/api/disputes", body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(retry.json().get("caseNumber")).isEqualTo(first.json().get("caseNumber"));
        assertThat(StoredEvents.count(SharedCommandSide.DATABASE)).isEqualTo(before + 1);
    }

    @Test
    void retriedStep_isRecordedOnce() {
        String id = http.post("/api/disputes", individualDispute(TODAY.minusDays(10), TODAY.minusDays(5)))
                .json().get("id").asText();
        String key = UUID.randomUUID().toString();
        String body = dated("assignedOn", TODAY, "\"mediatorId\":\"m-9\"");

        var first = http.post("/api/disputes/" + id + "/mediator", body, "Idempotency-Key", key);
        var retry = http.post("/api/disputes/" + id + "/mediator", body, "Idempotency-Key", key);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("version").asLong()).isEqualTo(first.json().get("version").asLong()).isEqualTo(1);
        assertThat(StoredEvents.types(SharedCommandSide.DATABASE, id))
                .containsExactly("DisputeFiledEvent", "MediatorAssignedEvent");
    }

    @Test
    void sameKeyForADifferentRequest_is422() {
        String key = UUID.randomUUID().toString();
        http.post("/api/disputes", individualDispute(TODAY.minusDays(10), TODAY.minusDays(5)), "Idempotency-Key", key);

        var reused = http.post("/api/disputes", individualDispute(TODAY.minusDays(11), TODAY.minusDays(4)),
                "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("detail").asText()).contains("different request");
    }
}
