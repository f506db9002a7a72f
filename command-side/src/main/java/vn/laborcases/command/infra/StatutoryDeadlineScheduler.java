package vn.laborcases.command.infra;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

/**
 * The durable scheduler behind Axon's DeadlineManager: db-scheduler on the same PostgreSQL.
 * A deadline is written in the transaction of the command that set it (the data source joins
 * Spring's transaction), so it exists exactly when the command's events do, and it survives
 * restarts. Axon's auto-configuration supplies the deadline task and the DeadlineManager once
 * this Scheduler exists. The same scheduler runs the recurring tasks (such as the daily
 * publication of the event chain's anchors), each on one instance at a time.
 */
@Configuration(proxyBeanMethods = false)
public class StatutoryDeadlineScheduler {

    @Bean(destroyMethod = "")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, List<RecurringTask<?>> recurringTasks,
                                @Value("${labor-cases.deadlines.polling-interval:10s}") Duration pollingInterval,
                                @Value("${labor-cases.deadlines.threads:2}") int threads) {
        // startTasks() registers the recurring tasks itself; naming them twice is refused.
        List<Task<?>> onDemand = tasks.stream().filter(task -> !recurringTasks.contains(task)).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), onDemand)
                .startTasks(recurringTasks)
                .tableName("scheduled_tasks")
                .pollingInterval(pollingInterval)
                .threads(threads)
                .shutdownMaxWait(Duration.ofSeconds(20))
                .build();
    }

    /**
     * Axon puts the envelope on events through the command bus's correlation interceptor;
     * the deadline manager needs its own, or a lapse event would carry no actor.
     */
    @Bean
    InitializingBean envelopeOnDeadlineEvents(DeadlineManager deadlineManager,
                                              org.axonframework.config.Configuration axon) {
        return () -> deadlineManager.registerHandlerInterceptor(
                new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
    }

    /** Starts polling once the application is up, and stops before the data source closes. */
    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
