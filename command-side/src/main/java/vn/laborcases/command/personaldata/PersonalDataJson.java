package vn.laborcases.command.personaldata;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import vn.laborcases.api.personaldata.SealedPersonalData;
import vn.laborcases.eventstore.personaldata.Disclosure;

/**
 * Every sealed identity the command side answers with (a case's GET, every command's answer, a
 * case at a past moment and its changes) is disclosed per reader when the JSON is written, so
 * that no view can forget to. The stored form (Jackson 2) is untouched and keeps it sealed.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataJson {

    @Bean
    JacksonModule personalDataDisclosure(Disclosure disclosure) {
        return new SimpleModule("personal-data-disclosure").addSerializer(SealedPersonalData.class,
                new ValueSerializer<>() {
                    @Override
                    public void serialize(SealedPersonalData value, JsonGenerator json, SerializationContext context) {
                        context.writeValue(json, disclosure.disclose(value, currentRequest()));
                    }
                });
    }

    /** "GET /api/wage-complaints/…": what the reader read through, for the record of the read. */
    private static String currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getMethod() + " " + request.getRequestURI();
        }
        return "command-side";
    }
}
