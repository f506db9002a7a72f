package vn.laborcases.command.infra;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.laborcases.eventstore.PostgresEventStoreConfiguration;
import vn.laborcases.eventstore.personaldata.PersonalDataConfiguration;
import vn.laborcases.rules.Deadlines;
import vn.laborcases.rules.Law;

import java.time.Clock;

/** What the aggregates need: the event store, the law, snapshots of long case files, and the clock. */
@Configuration(proxyBeanMethods = false)
@Import({PostgresEventStoreConfiguration.class, PersonalDataConfiguration.class})
public class DomainConfig {

    @Bean
    SnapshotTriggerDefinition caseSnapshotTrigger(Snapshotter snapshotter,
                                                  @Value("${labor-cases.snapshot-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    @Bean
    Law law() {
        return Law.vietnam();
    }

    @Bean
    Clock clock() {
        return Clock.system(Deadlines.ZONE);
    }
}
