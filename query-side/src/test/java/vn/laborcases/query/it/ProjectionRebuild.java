package vn.laborcases.query.it;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.time.Duration;
import java.util.OptionalLong;

import static org.awaitility.Awaitility.await;

/**
 * Resets a projection and replays the whole event store into it, as an administrator's
 * rebuild would: its @ResetHandler empties its tables, and the processor starts again from
 * the first event. Returns once every segment has caught up with the head of the store.
 */
final class ProjectionRebuild {

    private ProjectionRebuild() {
    }

    static void rebuild(QuerySideApp app, String processingGroup) {
        StreamingEventProcessor processor = processor(app, processingGroup);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        awaitCaughtUp(app, processingGroup);
    }

    /** Waits until the projection has handled every event now in the store. */
    static void awaitCaughtUp(QuerySideApp app, String processingGroup) {
        StreamingEventProcessor processor = processor(app, processingGroup);
        await().atMost(Duration.ofSeconds(60)).until(() -> !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream().allMatch(status -> status.isCaughtUp()
                && (!status.isReplaying() || replayedPastReset(status))));
    }

    /**
     * Axon ends a replay only when an event arrives after the reset point, so with no new
     * events a segment stays "replaying" for good; it has replayed everything once its position
     * reaches the position the reset was made at.
     */
    private static boolean replayedPastReset(EventTrackerStatus status) {
        OptionalLong position = status.getCurrentPosition();
        OptionalLong reset = status.getResetPosition();
        return position.isPresent() && reset.isPresent() && position.getAsLong() >= reset.getAsLong();
    }

    private static StreamingEventProcessor processor(QuerySideApp app, String processingGroup) {
        return app.bean(EventProcessingConfiguration.class)
                .eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No streaming processor " + processingGroup));
    }
}
