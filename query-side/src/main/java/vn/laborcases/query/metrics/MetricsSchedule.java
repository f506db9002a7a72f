package vn.laborcases.query.metrics;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the gauges' scheduled refreshes (the query side schedules nothing else). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MetricsSchedule {
}
