package vn.laborcases.eventstore;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * This instance as its peers see it in the token store: the owner name on its segment claims,
 * how long a claim holds without being extended, and the token table it shares with its peers.
 * <p>
 * Axon names the owner after the JVM ({@code pid@host}); two app contexts in one JVM, as the
 * tests run them, would then both think they own the same claims. The default here adds a
 * random suffix, so each context is a node of its own; {@code labor-cases.event-store.node-id}
 * sets a stable name (a pod's name, say) for the logs.
 */
public record ProcessorNode(String id, Duration claimTimeout, String tokenTable) {

    public static ProcessorNode of(String configuredId, Duration claimTimeout, String tokenTable) {
        String id = configuredId == null || configuredId.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8)
                : configuredId.strip();
        if (claimTimeout.isNegative() || claimTimeout.isZero()) {
            throw new IllegalArgumentException("labor-cases.event-store.claim-timeout must be positive; got " + claimTimeout);
        }
        return new ProcessorNode(id, claimTimeout, tokenTable);
    }
}
