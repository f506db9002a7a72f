package vn.laborcases.eventstore.personaldata;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.laborcases.security.Caller;
import vn.laborcases.security.Callers;
import vn.laborcases.security.EndpointRules;
import vn.laborcases.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Personal data for both apps: the key table, the record of reads, and the disclosure policy.
 * The reader is always the authenticated caller: nobody reads personal data as a configured
 * stand-in.
 */
@Configuration(proxyBeanMethods = false)
public class PersonalDataConfiguration {

    @Bean
    SubjectKeys subjectKeys(JdbcClient jdbc) {
        return new SubjectKeys(jdbc);
    }

    @Bean
    PersonalDataAccesses personalDataAccesses(JdbcClient jdbc) {
        return new PersonalDataAccesses(jdbc);
    }

    @Bean
    PersonalDataReader callerReadingPersonalData(EndpointRules rules) {
        return new CallerReading(rules);
    }

    @Bean
    Disclosure disclosure(SubjectKeys keys, PersonalDataAccesses accesses, PersonalDataReader reader) {
        return new Disclosure(keys, accesses, reader);
    }

    /**
     * The caller of the request being answered, in the role the endpoint lets them use: among
     * those, the one that needs to know if any, so that the access record names the role the
     * data was shown to (an auditor reading history reads as AUDITOR).
     */
    private record CallerReading(EndpointRules rules) implements PersonalDataReader {

        @Override
        public String id() {
            return Callers.current().map(Caller::id).orElse("unauthenticated");
        }

        @Override
        public String role() {
            return Callers.current().map(caller -> {
                Set<Role> usable = EnumSet.noneOf(Role.class);
                usable.addAll(caller.roles());
                if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
                    usable.retainAll(rules.rolesFor(request.getRequest()).orElse(Set.of()));
                }
                return usable.stream().map(Role::name).filter(Disclosure.NEED_TO_KNOW::contains).findFirst()
                        .orElseGet(() -> usable.stream().map(Role::name).findFirst().orElse("NONE"));
            }).orElse("NONE");
        }
    }
}
