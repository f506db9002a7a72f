package vn.laborcases.command.audit.integrity;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.laborcases.rules.Deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Publishes the anchors of the days just ended every night, so that no day waits for a reader
 * to be anchored: an anchor only proves what the store held when it was published. A week is
 * looked back on, so that a few days of downtime leave no day unanchored; days already published
 * are left as they are.
 */
@Configuration(proxyBeanMethods = false)
class AnchorPublishing {

    static final LocalTime AT = LocalTime.of(0, 30);
    static final int DAYS_LOOKED_BACK = 7;

    @Bean
    RecurringTask<Void> publishChainAnchors(Anchors anchors, Clock clock) {
        return Tasks.recurring("publish-chain-anchors", Schedules.daily(Deadlines.ZONE, AT))
                .execute((instance, context) -> {
                    LocalDate yesterday = LocalDate.now(clock.withZone(Deadlines.ZONE)).minusDays(1);
                    anchors.between(yesterday.minusDays(DAYS_LOOKED_BACK - 1), yesterday);
                });
    }
}
