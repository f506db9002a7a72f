package vn.laborcases.command.it;

import vn.laborcases.testsupport.Http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.it.ArrearsRequestsJson.PATH;
import static vn.laborcases.command.it.ArrearsRequestsJson.complaint;
import static vn.laborcases.command.it.ArrearsRequestsJson.line;

/** Bad input to the wage-complaint API is answered with a 4xx problem and writes nothing. */
class ArrearsBadInputIntegrationTest {

    private final Http http = SharedCommandSide.http();
    private String id;

    @BeforeEach
    void aComplaintWithOneLineDetermined() {
        id = http.post(PATH, complaint("2026-09-01")).json().get("id").asText();
        assertThat(http.post(PATH + "/" + id + "/claim-lines",
                line("WAGES", "2026-08", "2026-08", 50_000_000L, "2026-09-05", 6_000_000L)).status()).isEqualTo(200);
        http.post(PATH + "/" + id + "/employer-notice", "{\"notifiedOn\":\"2026-09-02\"}");
        assertThat(http.post(PATH + "/" + id + "/determination", "{\"determinedOn\":\"2026-09-03\"}").status())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{not json",
            "{}",
            "{\"province\":\"HO_CHI_MINH\",\"enterpriseTaxCode\":\"0314567890\",\"enterpriseName\":\"A\",\"region\":\"V\",\"complainant\":\"UNION\",\"workersAffected\":3,\"summary\":\"s\",\"receivedOn\":\"2026-09-01\"}",
            "{\"province\":\"HO_CHI_MINH\",\"enterpriseTaxCode\":\"0314567890\",\"enterpriseName\":\"A\",\"region\":\"I\",\"complainant\":\"NEIGHBOUR\",\"workersAffected\":3,\"summary\":\"s\",\"receivedOn\":\"2026-09-01\"}",
            "{\"province\":\"HO_CHI_MINH\",\"enterpriseTaxCode\":\"0314567890\",\"enterpriseName\":\"A\",\"region\":\"I\",\"complainant\":\"UNION\",\"workersAffected\":0,\"summary\":\"s\",\"receivedOn\":\"2026-09-01\"}",
            "{\"province\":\"HO_CHI_MINH\",\"enterpriseTaxCode\":\"123\",\"enterpriseName\":\"A\",\"region\":\"I\",\"complainant\":\"UNION\",\"workersAffected\":3,\"summary\":\"s\",\"receivedOn\":\"2026-09-01\"}",
            "{\"province\":\"HO_CHI_MINH\",\"enterpriseTaxCode\":\"0314567890\",\"enterpriseName\":\"A\",\"region\":\"I\",\"complainant\":\"UNION\",\"workersAffected\":3,\"summary\":\"s\",\"receivedOn\":\"2999-09-01\"}",
            "{\"province\":\"HO_CHI_MINH\",\"enterpriseTaxCode\":\"0314567890\",\"enterpriseName\":\"A\",\"region\":\"I\",\"complainant\":\"UNION\",\"workersAffected\":3,\"summary\":\"s\",\"receivedOn\":\"2019-09-01\"}"
    })
    void invalidRegistrations_are400AndWriteNothing(String body) {
        refusedWithNothingWritten(() -> http.post(PATH, body), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"kind\":\"WAGES\",\"periodFrom\":\"2026-08\",\"periodTo\":\"2026-08\",\"principal\":-5,\"dueOn\":\"2026-09-05\",\"monthlyWagePerWorker\":6000000}",
            "{\"kind\":\"BONUS\",\"periodFrom\":\"2026-08\",\"periodTo\":\"2026-08\",\"principal\":5,\"dueOn\":\"2026-09-05\"}",
            "{\"kind\":\"WAGES\",\"periodFrom\":\"2026-08\",\"periodTo\":\"2026-07\",\"principal\":5,\"dueOn\":\"2026-09-05\",\"monthlyWagePerWorker\":6000000}",
            "{\"kind\":\"WAGES\",\"periodFrom\":\"2026-08\",\"periodTo\":\"2026-08\",\"principal\":5,\"dueOn\":\"2026-09-05\"}",
            "{\"kind\":\"SOCIAL_INSURANCE\",\"periodFrom\":\"2026-08\",\"periodTo\":\"2026-08\",\"principal\":5,\"dueOn\":\"2026-09-30\",\"monthlyWagePerWorker\":6000000}",
            "{\"kind\":\"WAGES\",\"periodFrom\":\"2026-13\",\"periodTo\":\"2026-08\",\"principal\":5,\"dueOn\":\"2026-09-05\",\"monthlyWagePerWorker\":6000000}",
            "{\"kind\":\"WAGES\",\"periodFrom\":\"2026-08\",\"periodTo\":\"2026-08\",\"principal\":1.5,\"dueOn\":\"2026-09-05\",\"monthlyWagePerWorker\":6000000}"
    })
    void invalidClaimLines_are400AndWriteNothing(String body) {
        String fresh = http.post(PATH, complaint("2026-09-01")).json().get("id").asText();
        refusedWithNothingWritten(() -> http.post(PATH + "/" + fresh + "/claim-lines", body), 400);
    }

    @Test
    void aPaymentAboveWhatIsOwed_is409WithTheAmountsAndWritesNothing() {
        var response = refusedWithNothingWritten(() -> http.post(PATH + "/" + id + "/payments",
                "{\"paidOn\":\"2026-09-10\",\"amount\":50000001}"), 409);

        assertThat(response.json().get("detail").asText()).contains("50,000,001").contains("50,000,000");
        assertThat(response.json().get("article").asText()).contains("Art 94");
    }

    @Test
    void aNegativeOrZeroPayment_is400() {
        refusedWithNothingWritten(() -> http.post(PATH + "/" + id + "/payments", "{\"paidOn\":\"2026-09-10\",\"amount\":-1}"), 400);
        refusedWithNothingWritten(() -> http.post(PATH + "/" + id + "/payments", "{\"paidOn\":\"2026-09-10\",\"amount\":0}"), 400);
    }

    @Test
    void aLineAfterDetermination_is409() {
        refusedWithNothingWritten(() -> http.post(PATH + "/" + id + "/claim-lines",
                line("OVERTIME", "2026-08", "2026-08", 1_000_000L, "2026-09-05", null)), 409);
    }

    @Test
    void aPlanThatDoesNotAddUp_is409() {
        refusedWithNothingWritten(() -> http.post(PATH + "/" + id + "/payment-plan",
                "{\"agreedOn\":\"2026-09-10\",\"instalments\":[{\"dueOn\":\"2026-10-01\",\"amount\":1000}]}"), 409);
    }

    @Test
    void aBadAsOf_is400AndAnUnknownComplaint_is404() {
        assertThat(http.get(PATH + "/" + id + "/balance?asOf=2026-13-01").status()).isEqualTo(400);
        assertThat(http.get(PATH + "/" + id + "/balance?asOf=1999-01-01").status()).isEqualTo(400);
        assertThat(http.get(PATH + "/" + id + "/balance").status()).as("asOf defaults to today").isEqualTo(200);
        assertThat(http.get(PATH + "/" + UUID.randomUUID() + "/balance?asOf=2026-09-10").status()).isEqualTo(404);
        assertThat(http.get(PATH + "/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aStaleIfMatch_is409() {
        refusedWithNothingWritten(() -> http.post(PATH + "/" + id + "/closure", "{\"on\":\"2026-09-10\",\"reason\":\"Done\"}",
                "If-Match", "\"0\""), 409);
    }

    private static Http.Response refusedWithNothingWritten(Supplier<Http.Response> request, int status) {
        long before = StoredEvents.count(SharedCommandSide.DATABASE);
        Http.Response response = request.get();
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).isNotBlank();
        assertThat(StoredEvents.count(SharedCommandSide.DATABASE)).isEqualTo(before);
        return response;
    }
}
