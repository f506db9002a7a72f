package vn.laborcases.command.infra;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
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

    /**
     * {@code @PastOrPresent} on a request's dates means "not after today in Vietnam", as every
     * deadline does; left alone, Bean Validation would use the JVM's zone, and between 17:00 and
     * 24:00 UTC a server in UTC would refuse what happened today in Hanoi.
     */
    @Bean
    ValidationConfigurationCustomizer datesValidatedInVietnam(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
