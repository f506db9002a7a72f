package vn.laborcases.eventstore;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's meters (command handling, event processors, event store) on Spring Boot's own meter
 * registry, so that they reach /actuator/prometheus.
 * <p>
 * Axon's MicrometerMetricsAutoConfiguration orders itself after Boot 3's metrics classes; on
 * Boot 4 it runs first, finds no registry, and makes a private SimpleMeterRegistry that nothing
 * exports. The apps exclude it (spring.autoconfigure.exclude) and use these beans instead.
 */
@Configuration(proxyBeanMethods = false)
public class AxonMetricsConfiguration {

    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry meterRegistry) {
        return new GlobalMetricRegistry(meterRegistry);
    }

    @Bean
    MetricsConfigurerModule metricsConfigurerModule(GlobalMetricRegistry globalMetricRegistry) {
        return new MetricsConfigurerModule(globalMetricRegistry, true);
    }
}
