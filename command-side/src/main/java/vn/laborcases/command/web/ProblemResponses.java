package vn.laborcases.command.web;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.laborcases.command.CaseRuleViolationException;
import vn.laborcases.security.DatabaseOutage;
import vn.laborcases.security.ParameterErrors;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every error as RFC 9457 problem+json with a message a person can act on: 400 for bad
 * input, 404 for an unknown case, 409 for a broken rule or a conflicting change, and a 500
 * (a bug) that shows no internals.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPES = "https://labor-cases.example/problems/";

    @ExceptionHandler(CaseRuleViolationException.class)
    ProblemDetail ruleViolated(CaseRuleViolationException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "rule-violated", "The step breaks a rule", e.getMessage());
        if (e.article() != null) {
            problem.setProperty("article", e.article());
        }
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownCase(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-case", "No such case",
                "No case exists with id " + e.getAggregateIdentifier() + ".");
    }

    /** The id belongs to a case of another type: to this resource, it does not exist. */
    /** Opening a case: it does not exist yet, so saying why leaks nothing. */
    @ExceptionHandler(OutsideJurisdictionException.class)
    ProblemDetail outsideJurisdiction(OutsideJurisdictionException e) {
        return problem(HttpStatus.FORBIDDEN, "outside-jurisdiction", "Outside your jurisdiction", e.getMessage());
    }

    @ExceptionHandler(IncompatibleAggregateException.class)
    ProblemDetail otherKindOfCase(IncompatibleAggregateException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-case", "No such case",
                "No case of this kind exists with that id; check the id and the resource path.");
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "version-conflict", "The case has changed",
                "You sent version %d, but the case is now at version %d. Reload it, check what changed, and retry."
                        .formatted(e.getExpectedVersion(), e.getActualVersion()));
        problem.setProperty("currentVersion", e.getActualVersion());
        return problem;
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "The case has changed",
                "Another change to this case was recorded at the same moment, so this one was not. Reload the case and retry.");
    }

    @ExceptionHandler(IdempotencyInterceptor.IdempotencyKeyInFlightException.class)
    ProblemDetail keyInFlight(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "idempotency-key-in-flight", "Same request in progress", e.getMessage());
    }

    @ExceptionHandler(IdempotencyInterceptor.IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(RuntimeException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency-Key reused", e.getMessage());
    }

    @ExceptionHandler({InvalidRequestException.class, IllegalArgumentException.class})
    ProblemDetail invalid(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) {
            log.warn("Database unavailable: {}", e.toString());
            return DatabaseOutage.answer("The database could not be reached while recording this request, so whether it was recorded is not known."
                    + " Retry it with the same Idempotency-Key, which records it at most once; without one, reload the case first.");
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unhandled error, incident {}", incident, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The request failed because of an error on our side; nothing was recorded. Quote incident " + incident
                        + " when reporting it.");
        problem.setProperty("incident", incident);
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        List<Map<String, String>> global = e.getBindingResult().getGlobalErrors().stream()
                .map(error -> Map.of("field", error.getObjectName(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "Some fields are missing or invalid; see errors.");
        problem.setProperty("errors", errors.isEmpty() ? global : errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
                RequestBodyErrors.explain(e)));
    }

    /** A path variable or query parameter of the wrong type, or a single one given twice. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                ParameterErrors.explain(e)));
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }
}
