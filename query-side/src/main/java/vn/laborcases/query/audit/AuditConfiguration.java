package vn.laborcases.query.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /** Loaded once at start, so that a broken template file stops the app rather than a request. */
    @Bean
    Sentences sentences() {
        return Sentences.load();
    }
}
