package vn.laborcases.security;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void aRestartOrAnUnreachableServerAnywhereInTheCauses_isAnOutage() {
        var adminShutdown = new SQLException("terminating connection due to administrator command", "57P01");
        var ioError = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        var poolTimeout = new SQLTransientConnectionException("Connection is not available, request timed out");

        assertThat(DatabaseOutage.causedBy(new RuntimeException("JDBC commit", adminShutdown))).isTrue();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(new RuntimeException(ioError)))).isTrue();
        assertThat(DatabaseOutage.causedBy(poolTimeout)).isTrue();
    }

    @Test
    void aConstraintOrABug_isNot() {
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
    }

    @Test
    void theAnswer_is503WithRetryAfterAndTheGivenAdvice() {
        var answer = DatabaseOutage.answer("Retry.");

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getBody().getType().toString()).endsWith("/database-unavailable");
        assertThat(answer.getBody().getDetail()).isEqualTo("Retry.");
    }
}
