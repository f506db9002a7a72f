package vn.laborcases.eventstore;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Readiness of an app's streaming event processors: an app whose projection or saga processor
 * has stopped, or is stuck retrying a segment, must not take traffic, because what it serves
 * or reacts to no longer follows the event store. Subscribing processors run in the
 * publisher's transaction, so their failures already fail the command; they are not checked.
 */
public class EventProcessorsHealthIndicator implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private final Predicate<String> pausedForReplay;

    public EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this(processing, name -> false);
    }

    /** A processor paused for a projection replay is not a trouble: it resumes by itself. */
    public EventProcessorsHealthIndicator(EventProcessingConfiguration processing, Predicate<String> pausedForReplay) {
        this.processing = processing;
        this.pausedForReplay = pausedForReplay;
    }

    @Override
    public Health health() {
        Map<String, Object> troubles = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && !pausedForReplay.test(name)) {
                Object trouble = trouble(streaming);
                if (trouble != null) {
                    troubles.put(name, trouble);
                }
            }
        });
        return troubles.isEmpty() ? Health.up().build() : Health.down().withDetails(troubles).build();
    }

    /** What is wrong with one processor: its failing segments with their errors, or its state; null if nothing. */
    private static Object trouble(StreamingEventProcessor processor) {
        Map<String, String> failingSegments = new LinkedHashMap<>();
        new TreeMap<>(processor.processingStatus()).forEach((segment, status) -> {
            if (status.isErrorState()) {
                failingSegments.put("segment " + segment, String.valueOf(status.getError()));
            }
        });
        if (!failingSegments.isEmpty()) {
            return failingSegments;
        }
        if (processor.isError()) {
            return "in error";
        }
        return processor.isRunning() ? null : "not running";
    }
}
