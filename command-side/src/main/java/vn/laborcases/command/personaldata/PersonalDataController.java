package vn.laborcases.command.personaldata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laborcases.command.actor.CurrentActor;
import vn.laborcases.command.web.InvalidRequestException;
import vn.laborcases.command.web.ProblemResponses;
import vn.laborcases.eventstore.personaldata.PersonalDataAccesses;
import vn.laborcases.eventstore.personaldata.SubjectKeys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Crypto-shredding: erasing a data subject destroys its key, so every event naming the person
 * stays in place and every view shows the person as erased; and the record of who read whose
 * identity. Erasure is for an authorised role only (ADMIN, once authentication is in place).
 */
@RestController
@RequestMapping("/api/personal-data")
@Tag(name = "Personal data", description = "Erasure of a worker's identity by destroying its key, and the record of every read of one")
class PersonalDataController {

    static final int MAX_LIMIT = 200;
    private static final int DEFAULT_LIMIT = 50;

    private final SubjectKeys keys;
    private final PersonalDataAccesses accesses;
    private final CurrentActor actor;

    PersonalDataController(SubjectKeys keys, PersonalDataAccesses accesses, CurrentActor actor) {
        this.keys = keys;
        this.accesses = accesses;
        this.actor = actor;
    }

    record Erasure(@NotBlank @Size(max = 2000) String reason) {
    }

    /** A data subject's key status; never its data. */
    record Subject(UUID subjectId, boolean erased, OffsetDateTime createdAt, OffsetDateTime erasedAt,
                   String erasedBy, String reason) {
        static Subject of(SubjectKeys.SubjectKey key) {
            return new Subject(key.subjectId(), key.erased(), key.createdAt(), key.erasedAt(), key.erasedBy(),
                    key.reason());
        }
    }

    @PostMapping("/subjects/{subjectId}/erasure")
    @Operation(summary = "Erase a data subject", description = "Destroys the subject's key: its name, ID number and"
            + " phone can never be read again, anywhere. The events stay. Erasing twice keeps the first erasure."
            + " 404 for an unknown subject.")
    Subject erase(@PathVariable UUID subjectId, @Valid @RequestBody Erasure body) {
        return keys.erase(subjectId, actor.get().id(), body.reason()).map(Subject::of)
                .orElseThrow(() -> unknown(subjectId));
    }

    @GetMapping("/subjects/{subjectId}")
    @Operation(summary = "Whether a data subject is erased, when, by whom and why")
    Subject subject(@PathVariable UUID subjectId) {
        return keys.find(subjectId).map(Subject::of).orElseThrow(() -> unknown(subjectId));
    }

    record AccessPage(List<PersonalDataAccesses.Access> items, int limit, Long nextAfter) {
    }

    @GetMapping("/accesses")
    @Operation(summary = "Every read of a person's identity in clear, by either app",
            description = "Oldest first; pass nextAfter as after for the next page. For auditors.")
    AccessPage accesses(@Parameter(description = "Only the reads of this data subject")
                        @RequestParam(required = false) UUID subjectId,
                        @RequestParam(required = false) Long after,
                        @Parameter(description = "1 to " + MAX_LIMIT + ", default " + DEFAULT_LIMIT)
                        @RequestParam(required = false) Integer limit) {
        int rows = limit == null ? DEFAULT_LIMIT : limit;
        if (rows < 1 || rows > MAX_LIMIT) {
            throw new InvalidRequestException("limit must be between 1 and " + MAX_LIMIT + "; got " + rows);
        }
        if (after != null && after < 0) {
            throw new InvalidRequestException("after must be 0 or more; got " + after);
        }
        List<PersonalDataAccesses.Access> items = accesses.list(subjectId, after == null ? 0 : after, rows);
        return new AccessPage(items, rows, items.size() < rows ? null : items.get(items.size() - 1).id());
    }

    private static UnknownSubjectException unknown(UUID subjectId) {
        return new UnknownSubjectException(subjectId);
    }

    static final class UnknownSubjectException extends RuntimeException {
        UnknownSubjectException(UUID subjectId) {
            super("No data subject has the id " + subjectId + "; the subjectId of a named worker is in the case's"
                    + " workers list");
        }
    }

    @ExceptionHandler(UnknownSubjectException.class)
    ProblemDetail unknownSubject(UnknownSubjectException e) {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, "unknown-subject", "No such data subject",
                e.getMessage());
    }
}
