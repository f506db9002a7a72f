package vn.laborcases.query.it;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.laborcases.testsupport.AuthorizationMatrix;
import vn.laborcases.testsupport.fuzz.HostileInputFuzzer;
import vn.laborcases.testsupport.fuzz.TableCounts;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input to every query-side endpoint that takes parameters or a body is answered 4xx
 * problem+json (or, for a free-text filter, a page of nothing), never a 5xx, and writes
 * nothing: no report snapshot, no rebuild, no event.
 */
class HostileInputIntegrationTest {

    @Test
    void everyEndpointRefusesHostileInputAndWritesNothing() {
        var http = SharedApps.queries();
        var endpoints = AuthorizationMatrix.endpoints(
                SharedApps.querySide().bean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
        Map<String, Long> before = TableCounts.of(SharedApps.DATABASE);

        var summary = HostileInputFuzzer.run("query side", http, endpoints, HostileInputFuzzer.TRIES_PER_ENDPOINT,
                HostileInputFuzzer.seed());

        assertThat(summary.sent()).isGreaterThan(endpoints.size());
        assertThat(summary.serverErrors()).as(summary.line()).isZero();
        assertThat(summary.failures()).as(summary.line()).isEmpty();
        assertThat(TableCounts.of(SharedApps.DATABASE)).isEqualTo(before);
    }
}
