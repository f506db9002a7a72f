package vn.laborcases.command.it;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.laborcases.testsupport.AuthorizationMatrix;
import vn.laborcases.testsupport.fuzz.HostileInputFuzzer;
import vn.laborcases.testsupport.fuzz.TableCounts;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input to every command-side endpoint is answered 4xx problem+json, never a 5xx, and
 * writes nothing: not an event, not a row of any other table.
 */
class HostileInputIntegrationTest {

    @Test
    void everyEndpointRefusesHostileInputAndWritesNothing() {
        var http = SharedCommandSide.http();
        var endpoints = AuthorizationMatrix.endpoints(
                SharedCommandSide.bean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
        Map<String, Long> before = TableCounts.of(SharedCommandSide.DATABASE);

        var summary = HostileInputFuzzer.run("command side", http, endpoints, HostileInputFuzzer.TRIES_PER_ENDPOINT,
                HostileInputFuzzer.seed());

        assertThat(summary.sent()).isGreaterThan(endpoints.size());
        assertThat(summary.serverErrors()).as(summary.line()).isZero();
        assertThat(summary.failures()).as(summary.line()).isEmpty();
        assertThat(TableCounts.of(SharedCommandSide.DATABASE)).isEqualTo(before);
    }
}
