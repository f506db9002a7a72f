package vn.laborcases.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that could not be reached, or that is shutting down or restarting, from a bug:
 * the first is answered 503 (try again), the second 500. Both apps' error handlers ask it. The
 * fault-injection suite's PostgreSQL restart showed the difference matters: a commit cut off by
 * the restart has an unknown outcome, which a client must retry (with the same Idempotency-Key)
 * rather than report as a defect.
 */
public final class DatabaseOutage {

    /** How long a client should wait before retrying, in seconds: about one restart of PostgreSQL. */
    private static final int RETRY_AFTER_SECONDS = 5;
    private static final int MAX_CAUSES = 32;
    private static final URI TYPE = URI.create("https://labor-cases.example/problems/database-unavailable");

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQL state class 08: connection exception; 57P: operator intervention (shutdown, crash, starting up).
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** The 503 answer, with the app's own words on what the caller should do. */
    public static ResponseEntity<ProblemDetail> answer(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setType(TYPE);
        problem.setTitle("Database unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).body(problem);
    }
}
