package vn.laborcases.command.dispute;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DisputeProcessingConfig {

    /** A triage that could not file its dispute is retried, never skipped. */
    @Bean
    ConfigurerModule triageIsRetriedUntilTheDisputeIsFiled() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                DisputeOnComplaintTriage.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }
}
