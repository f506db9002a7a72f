package vn.laborcases.command.infra;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;
import vn.laborcases.api.Envelope;
import vn.laborcases.api.Due;
import vn.laborcases.rules.Deadlines;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the envelope of the message being handled onto every event it causes. A command
 * passes on what the REST layer put in it; a statutory deadline acts as the system, at the
 * legal moment the deadline passed, in the correlation of the command that set it.
 */
@Component
public class EnvelopeCorrelationDataProvider implements CorrelationDataProvider {

    private static final List<String> FROM_COMMAND = List.of(
            Envelope.ACTOR, Envelope.ROLE, Envelope.ON_BEHALF_OF, Envelope.JURISDICTION, Envelope.REASON,
            Envelope.LEGAL_BASIS, Envelope.BUSINESS_TIME, Envelope.CORRELATION_ID, Envelope.IDEMPOTENCY_KEY,
            Envelope.DOCUMENT_HASHES);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> envelope = new HashMap<>();
        if (message instanceof DeadlineMessage<?> deadline) {
            envelope.put(Envelope.ACTOR, Envelope.SYSTEM_ACTOR);
            envelope.put(Envelope.ROLE, Envelope.SYSTEM_ROLE);
            envelope.put(Envelope.REASON, "Statutory deadline passed: " + deadline.getDeadlineName());
            // The law's moment, not the moment the scheduler got round to it.
            envelope.put(Envelope.BUSINESS_TIME, deadline.getPayload() instanceof Due due
                    ? BusinessTime.of(Deadlines.lapsesAt(due.dueOn()).toInstant())
                    : BusinessTime.of(deadline.getTimestamp()));
            copy(message, Envelope.CORRELATION_ID, envelope);
        } else {
            FROM_COMMAND.forEach(key -> copy(message, key, envelope));
        }
        if (message instanceof CommandMessage<?> command) {
            envelope.put(Envelope.COMMAND_ID, command.getIdentifier());
            envelope.put(Envelope.COMMAND_NAME, command.getCommandName());
        }
        envelope.put(Envelope.CAUSATION_ID, message.getIdentifier());
        envelope.putIfAbsent(Envelope.CORRELATION_ID, message.getIdentifier());
        return envelope;
    }

    private static void copy(Message<?> message, String key, Map<String, Object> into) {
        Object value = message.getMetaData().get(key);
        if (value != null) {
            into.put(key, value);
        }
    }
}
