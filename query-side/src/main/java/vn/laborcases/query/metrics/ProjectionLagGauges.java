package vn.laborcases.query.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.laborcases.query.replay.LiveProcessors;
import vn.laborcases.query.replay.Projection;
import vn.laborcases.query.replay.ProjectionCatalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How far each projection's processor is behind the event store, as this instance sees the
 * segments it has claimed (dashboards take the max over instances): in events, the newest
 * global index less the slowest segment's position; in seconds, the age of the oldest event
 * not yet handled, 0 when caught up. A processor with no segment here has no row here.
 */
@Component
class ProjectionLagGauges {

    private final LiveProcessors processors;
    private final ProjectionCatalog catalog;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();
    private final MultiGauge lagEvents;
    private final MultiGauge lagSeconds;

    ProjectionLagGauges(LiveProcessors processors, ProjectionCatalog catalog, JdbcClient jdbc, MeterRegistry registry) {
        this.processors = processors;
        this.catalog = catalog;
        this.jdbc = jdbc;
        lagEvents = MultiGauge.builder("labor_cases.projection.lag.events")
                .description("Events in the store that the projection's slowest segment on this instance has not reached")
                .register(registry);
        lagSeconds = MultiGauge.builder("labor_cases.projection.lag.seconds")
                .description("Age of the oldest event the projection's slowest segment on this instance has not handled")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${labor-cases.metrics.lag-refresh-interval:10s}")
    void refresh() {
        long head = processors.headOfStore();
        List<MultiGauge.Row<?>> events = new ArrayList<>();
        List<MultiGauge.Row<?>> seconds = new ArrayList<>();
        for (Projection projection : catalog.all()) {
            Long behind = processors.status(projection, head).eventsBehind();
            if (behind == null) {
                continue;
            }
            Tags tags = Tags.of("processor", projection.name());
            events.add(MultiGauge.Row.of(tags, behind));
            seconds.add(MultiGauge.Row.of(tags, behind == 0 ? 0 : secondsSinceFirstEventAfter(head - behind)));
        }
        lagEvents.register(events, true);
        lagSeconds.register(seconds, true);
    }

    private double secondsSinceFirstEventAfter(long position) {
        return jdbc.sql("SELECT time_stamp FROM domain_event_entry WHERE global_index > :position"
                        + " ORDER BY global_index LIMIT 1")
                .param("position", position).query(String.class).optional()
                .map(stored -> Math.max(0, Duration.between(Instant.parse(stored), clock.instant()).toMillis() / 1000.0))
                .orElse(0.0);
    }
}
