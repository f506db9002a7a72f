package vn.laborcases.command.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.laborcases.api.Province;
import vn.laborcases.eventstore.StoredForm;
import vn.laborcases.security.Caller;
import vn.laborcases.security.Callers;
import vn.laborcases.security.Role;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case outside the caller's jurisdiction does not exist for them: any request on it under
 * /api answers the same 404 as an unknown case, before the body is even read, so that its
 * existence does not leak. The province comes from the case's first event, which never
 * changes. Auditors read everything.
 */
@Component
class CaseJurisdiction implements HandlerInterceptor, WebMvcConfigurer {

    private static final ObjectMapper JSON = StoredForm.objectMapper();

    private final JdbcTemplate jdbc;

    CaseJurisdiction(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String caseId = variables == null ? null : variables.get("id");
        if (caseId == null) {
            return true;
        }
        Caller caller = Callers.required();
        boolean auditorReading = caller.hasRole(Role.AUDITOR) && "GET".equals(request.getMethod());
        if (!auditorReading && province(caseId).filter(province -> !caller.covers(province)).isPresent()) {
            throw new AggregateNotFoundException(caseId, "outside the caller's jurisdiction");
        }
        return true;
    }

    private Optional<Province> province(String caseId) {
        List<byte[]> payloads = jdbc.query("SELECT payload FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 0", (row, i) -> row.getBytes(1), caseId);
        if (payloads.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode first = JSON.readTree(payloads.get(0));
            JsonNode province = first.has("province") ? first.get("province") : first.path("enterprise").path("province");
            return province.isTextual() ? Optional.of(Province.valueOf(province.asText())) : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable first event of case " + caseId, e);
        }
    }
}
