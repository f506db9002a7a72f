package vn.laborcases.query.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.laborcases.security.DatabaseOutage;
import vn.laborcases.security.ParameterErrors;

import java.net.URI;
import java.util.UUID;

/**
 * Every error of the supervisors' API as RFC 9457 problem+json: 400 for an invalid filter,
 * sort or page (Spring's own binding errors included), 404 for nothing on file, and a 500
 * that shows no internals.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPES = "https://labor-cases.example/problems/";

    @ExceptionHandler({InvalidQueryException.class, IllegalArgumentException.class})
    ProblemDetail invalid(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query", e.getMessage());
    }

    @ExceptionHandler(UnknownResourceException.class)
    ProblemDetail unknown(UnknownResourceException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Nothing on file", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) {
            log.warn("Database unavailable: {}", e.toString());
            return DatabaseOutage.answer("The database could not be reached. Retry in a few seconds.");
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unhandled error, incident {}", incident, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The query failed because of an error on our side. Quote incident " + incident + " when reporting it.");
        problem.setProperty("incident", incident);
        return ResponseEntity.internalServerError().body(problem);
    }

    /** A path variable or query parameter of the wrong type, or a single one given twice. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query",
                ParameterErrors.explain(e)));
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }
}
