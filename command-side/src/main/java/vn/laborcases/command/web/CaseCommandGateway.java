package vn.laborcases.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.laborcases.api.DocumentRef;
import vn.laborcases.api.Envelope;
import vn.laborcases.api.Province;
import vn.laborcases.command.CaseState;
import vn.laborcases.command.actor.Actor;
import vn.laborcases.command.actor.CurrentActor;
import vn.laborcases.command.infra.BusinessTime;
import vn.laborcases.security.Callers;
import vn.laborcases.security.CorrelationIdFilter;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns an inspector's request into a command with its envelope, sends it, and answers with
 * the case's new state and version. Optimistic concurrency comes from If-Match or
 * expectedVersion; a retry with the same Idempotency-Key gets the first answer back.
 */
@Component
public class CaseCommandGateway {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern SAFE_TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Attempts at a command that keeps losing races; each loss means another change got in. */
    private static final int RACE_RETRIES = 10;
    private static final Pattern VERSION_TAG = Pattern.compile("(W/)?\"?(\\d{1,18})\"?");

    private final CommandGateway commands;
    private final CurrentActor currentActor;
    private final HttpServletRequest request;
    private final ObjectMapper fingerprintMapper;

    CaseCommandGateway(CommandGateway commands, CurrentActor currentActor, HttpServletRequest request,
                       @Qualifier("defaultAxonObjectMapper") ObjectMapper fingerprintMapper) {
        this.commands = commands;
        this.currentActor = currentActor;
        this.request = request;
        this.fingerprintMapper = fingerprintMapper;
    }

    /**
     * Sends a command that opens a case in a province of the caller's jurisdiction and answers
     * 201 with its location.
     */
    public <S extends CaseState> ResponseEntity<S> open(CaseAction action, Province province, Object command,
                                                        String collectionPath) {
        if (province != null && !Callers.required().covers(province)) {
            throw new OutsideJurisdictionException(province);
        }
        S state = send(action, command);
        return ResponseEntity.created(URI.create(collectionPath + "/" + state.id()))
                .eTag(tag(state.version())).body(state);
    }

    /** Sends a command on an existing case, built for the expected version (null: no check). */
    public <S extends CaseState> ResponseEntity<S> act(CaseAction action, VersionedCommand commandForVersion) {
        S state = send(action, commandForVersion.apply(expectedVersion(action)));
        return ResponseEntity.ok().eTag(tag(state.version())).body(state);
    }

    /** Builds a command for the version the inspector saw, or for any version when null. */
    @FunctionalInterface
    public interface VersionedCommand {
        Object apply(Long expectedVersion);
    }

    public static String tag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Sends the command, and sends it again when it lost a race it did not know about: another
     * instance (or this one, for a new case's number) recorded a change to the case between
     * loading and storing. The retry loads the case afresh, so a command that named a version
     * now fails as stale (409), and one that named none is simply applied to the newer case.
     * A twin request with the same Idempotency-Key gets the twin's stored answer on retry.
     * <p>
     * Retried here, on the request's thread, rather than by Axon's RetryScheduler: that one
     * retries on a timer thread, without the caller's security context that the handlers check.
     */
    private <S> S send(CaseAction action, Object command) {
        var message = GenericCommandMessage.asCommandMessage(command).withMetaData(envelope(action));
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.sendAndWait(message);
            } catch (ConcurrencyException | AggregateStreamCreationException
                     | IdempotencyInterceptor.IdempotencyKeyInFlightException lostRace) {
                if (attempt >= RACE_RETRIES) {
                    throw lostRace;
                }
                pauseBeforeRetry(attempt);
            }
        }
    }

    /** A short random pause, growing with each attempt, so that the racers do not meet again. */
    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L << Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a command", e);
        }
    }

    private Long expectedVersion(CaseAction action) {
        String ifMatch = request.getHeader("If-Match");
        Long fromHeader = null;
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*")) {
            var matcher = VERSION_TAG.matcher(ifMatch.strip());
            if (!matcher.matches()) {
                throw new InvalidRequestException(
                        "If-Match must be the case version from the ETag, such as \"3\"; got " + ifMatch);
            }
            fromHeader = Long.parseLong(matcher.group(2));
        }
        Long fromBody = action.expectedVersion();
        if (fromHeader != null && fromBody != null && !fromHeader.equals(fromBody)) {
            throw new InvalidRequestException("If-Match (%d) and expectedVersion (%d) disagree; send one of them"
                    .formatted(fromHeader, fromBody));
        }
        return fromHeader != null ? fromHeader : fromBody;
    }

    private Map<String, Object> envelope(CaseAction action) {
        validateEnvelope(action);
        Actor actor = currentActor.get();
        Map<String, Object> envelope = new HashMap<>();
        envelope.put(Envelope.ACTOR, actor.id());
        envelope.put(Envelope.ROLE, actor.role());
        putIfPresent(envelope, Envelope.ON_BEHALF_OF, actor.onBehalfOf());
        if (!actor.jurisdiction().isEmpty()) {
            envelope.put(Envelope.JURISDICTION, actor.jurisdiction().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(",")));
        }
        putIfPresent(envelope, Envelope.REASON, action.reason());
        putIfPresent(envelope, Envelope.LEGAL_BASIS, action.legalBasis());
        if (action.businessDate() != null) {
            envelope.put(Envelope.BUSINESS_TIME, BusinessTime.of(action.businessDate()));
        }
        List<DocumentRef> documents = action.documents();
        if (documents != null && !documents.isEmpty()) {
            envelope.put(Envelope.DOCUMENT_HASHES,
                    documents.stream().map(DocumentRef::sha256).collect(Collectors.joining(",")));
        }
        // The id the request is logged under (CorrelationIdFilter), so logs and events meet.
        envelope.put(Envelope.CORRELATION_ID, CorrelationIdFilter.of(request));
        String idempotencyKey = header(IDEMPOTENCY_KEY);
        if (idempotencyKey != null) {
            envelope.put(Envelope.IDEMPOTENCY_KEY, idempotencyKey);
            envelope.put(IdempotencyInterceptor.FINGERPRINT, fingerprint(action));
        }
        return MetaData.from(envelope);
    }

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private static void validateEnvelope(CaseAction action) {
        if (action.reason() != null && action.reason().length() > 2000) {
            throw new InvalidRequestException("reason is limited to 2000 characters");
        }
        if (action.legalBasis() != null && action.legalBasis().length() > 500) {
            throw new InvalidRequestException("legalBasis is limited to 500 characters");
        }
        List<DocumentRef> documents = action.documents();
        if (documents == null) {
            return;
        }
        if (documents.size() > 20) {
            throw new InvalidRequestException("At most 20 documents may be attached to one step");
        }
        for (DocumentRef document : documents) {
            if (document == null || document.title() == null || document.title().isBlank()
                    || document.title().length() > 200) {
                throw new InvalidRequestException("Each document needs a title of 1-200 characters");
            }
            if (document.sha256() == null || !SHA256.matcher(document.sha256()).matches()) {
                throw new InvalidRequestException("Document '" + document.title()
                        + "' needs its SHA-256 as 64 hexadecimal characters");
            }
        }
    }

    private String header(String name) {
        String value = request.getHeader(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!SAFE_TOKEN.matcher(value).matches()) {
            throw new InvalidRequestException(name
                    + " must be 1-128 letters, digits or . _ : - (a UUID is a good choice); got " + value);
        }
        return value;
    }

    /** What makes two requests the same request: method, path and body. */
    private String fingerprint(CaseAction action) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(fingerprintMapper.writeValueAsBytes(action));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    private static void putIfPresent(Map<String, Object> envelope, String key, String value) {
        if (value != null && !value.isBlank()) {
            envelope.put(key, value);
        }
    }
}
