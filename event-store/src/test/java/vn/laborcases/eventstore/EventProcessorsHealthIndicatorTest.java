package vn.laborcases.eventstore;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class EventProcessorsHealthIndicatorTest {

    @Test
    void runningProcessorsWithHealthySegments_areUp() {
        Health health = healthOf(Map.of(
                "case-list", streaming(true, false, Map.of(0, segment(null), 1, segment(null))),
                "inspection-finding-history", mock(SubscribingEventProcessor.class)));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aSegmentInError_isDownNamingTheProcessorSegmentAndError() {
        Health health = healthOf(Map.of(
                "case-list", streaming(true, false, Map.of(0, segment(null))),
                "audit-trail", streaming(true, false,
                        Map.of(0, segment(null), 1, segment(new IllegalStateException("payload unreadable"))))));

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsOnlyKeys("audit-trail");
        assertThat(health.getDetails().get("audit-trail").toString())
                .contains("segment 1").contains("payload unreadable").doesNotContain("segment 0");
    }

    @Test
    void aStoppedOrFailedProcessor_isDown() {
        Health health = healthOf(Map.of(
                "statistics", streaming(false, false, Map.of()),
                "enterprises", streaming(true, true, Map.of())));

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("statistics", "not running").containsEntry("enterprises", "in error");
    }

    @Test
    void aProcessorPausedForAReplay_isNoTrouble() {
        Map<String, EventProcessor> stopped = Map.of(
                "case-list", streaming(false, false, Map.of()),
                "statistics", streaming(false, false, Map.of()));
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(stopped);

        Health health = new EventProcessorsHealthIndicator(processing, "case-list"::equals).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsOnlyKeys("statistics");
    }

    private static Health healthOf(Map<String, EventProcessor> processors) {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(processors);
        return new EventProcessorsHealthIndicator(processing).health();
    }

    private static StreamingEventProcessor streaming(boolean running, boolean error, Map<Integer, EventTrackerStatus> segments) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.isRunning()).thenReturn(running);
        when(processor.isError()).thenReturn(error);
        when(processor.processingStatus()).thenReturn(segments);
        return processor;
    }

    private static EventTrackerStatus segment(Throwable error) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.isErrorState()).thenReturn(error != null);
        when(status.getError()).thenReturn(error);
        return status;
    }
}
