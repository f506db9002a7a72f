package vn.laborcases.query.it;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both apps start against one database; the query side serves its API documents and health. */
class QuerySideStartsIntegrationTest {

    @Test
    void bothAppsAreUp() {
        assertThat(SharedApps.commands().get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(SharedApps.queries().get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(SharedApps.queries().get("/v3/api-docs").status()).isEqualTo(200);
    }
}
