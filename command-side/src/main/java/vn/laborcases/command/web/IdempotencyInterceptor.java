package vn.laborcases.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.api.Envelope;
import vn.laborcases.command.CaseState;

import java.util.Optional;

/**
 * Makes a retried request safe. It runs inside the command's transaction: the answer is
 * stored with the events, so either both are written or neither is, and a retry with the same
 * Idempotency-Key returns the stored answer without handling the command again.
 */
@Component
public class IdempotencyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Metadata key of the request's fingerprint; it is not part of the event envelope. */
    static final String FINGERPRINT = "idempotencyFingerprint";

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;

    IdempotencyInterceptor(JdbcClient jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        var metaData = unitOfWork.getMessage().getMetaData();
        String key = (String) metaData.get(Envelope.IDEMPOTENCY_KEY);
        String fingerprint = (String) metaData.get(FINGERPRINT);
        // Only a request fingerprints its command. A command an event handler sends (the inspection a
        // referral opens) inherits the key of the request behind that event, and is not a retry of it.
        if (key == null || fingerprint == null) {
            return chain.proceed();
        }
        String actor = String.valueOf(metaData.get(Envelope.ACTOR));
        Optional<StoredAnswer> stored = jdbc.sql("""
                        SELECT fingerprint, result_type, result FROM idempotent_request
                        WHERE actor = :actor AND idempotency_key = :key
                        """)
                .param("actor", actor).param("key", key)
                .query((rs, row) -> new StoredAnswer(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
        if (stored.isPresent()) {
            if (!stored.get().fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException(key);
            }
            return stored.get().resultType() == null ? null
                    : mapper.readValue(stored.get().result(), answerType(stored.get().resultType()));
        }
        Object result = chain.proceed();
        try {
            jdbc.sql("""
                            INSERT INTO idempotent_request (idempotency_key, actor, fingerprint, result_type, result)
                            VALUES (:key, :actor, :fingerprint, :type, :result)
                            """)
                    .param("key", key).param("actor", actor).param("fingerprint", fingerprint)
                    .param("type", result == null ? null : result.getClass().getName())
                    .param("result", result == null ? null : mapper.writeValueAsBytes(result))
                    .update();
        } catch (DuplicateKeyException concurrentTwin) {
            throw new IdempotencyKeyInFlightException(key);
        }
        return result;
    }

    /** Only case states are ever stored, so nothing else is ever instantiated from the table. */
    private static Class<?> answerType(String name) throws ClassNotFoundException {
        Class<?> type = Class.forName(name);
        if (!CaseState.class.isAssignableFrom(type)) {
            throw new IllegalStateException("Stored idempotent answer has unexpected type " + name);
        }
        return type;
    }

    private record StoredAnswer(String fingerprint, String resultType, byte[] result) {
    }

    /** The key was first used for a different request. */
    public static class IdempotencyKeyReusedException extends RuntimeException {
        IdempotencyKeyReusedException(String key) {
            super("Idempotency-Key '" + key + "' was already used for a different request; use a new key"
                    + " for a new request, and the same key only to retry the same request.");
        }
    }

    /** The same request is being handled at this moment; this copy wrote nothing. */
    public static class IdempotencyKeyInFlightException extends RuntimeException {
        IdempotencyKeyInFlightException(String key) {
            super("A request with Idempotency-Key '" + key + "' was being handled at the same moment and has"
                    + " now been answered; retry to get its answer.");
        }
    }
}
