package vn.laborcases.command.inspection;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A failure to record a finding in the history must fail the command that found it: Axon's
 * default error handler would only log it, and the event would be stored without its row.
 */
@Configuration(proxyBeanMethods = false)
class InspectionProcessingConfig {

    @Bean
    ConfigurerModule findingHistoryFailsTheCommand() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                JdbcFindingHistory.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }

    /** A referral that could not open its inspection is retried, never skipped. */
    @Bean
    ConfigurerModule referralIsRetriedUntilTheInspectionOpens() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                InspectionOnReferral.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }
}
