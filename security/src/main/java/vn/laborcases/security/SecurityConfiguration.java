package vn.laborcases.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import tools.jackson.databind.JacksonModule;

import java.util.Arrays;

/**
 * Authentication and the authorisation table for any app that has this module: the app
 * declares its {@link EndpointRules} bean; health, the OpenAPI document and Swagger UI are open, metrics open
 * only when labor-cases.security.open-metrics says so, and everything else needs a rule.
 */
// Before Boot's own web security, which would otherwise add its default chain and user.
@AutoConfiguration(before = {ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    private static final String[] DOCUMENTATION = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
            "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties, EndpointRules rules,
                                            Environment environment) throws Exception {
        ModeGuard.refusal(properties.getMode(), Arrays.asList(environment.getActiveProfiles()),
                properties.getJwt().configured()).ifPresent(reason -> {
                    throw new IllegalStateException(reason);
                });
        boolean local = properties.getMode() == SecurityProperties.Mode.LOCAL;
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", local ? "Basic realm=\"labor-cases\"" : "Bearer");
            Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated", "Log in first",
                    local ? "Send a configured user's name and password (HTTP Basic)."
                            : "Send a valid access token from the identity provider (Authorization: Bearer ...).");
        };
        AccessDeniedHandler forbidden = (request, response, e) -> Problems.write(response,
                HttpServletResponse.SC_FORBIDDEN, "forbidden", "Not allowed for your role",
                "Your roles do not allow " + request.getMethod() + " on this resource.");

        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .addFilterBefore(new BodySizeLimitFilter(properties.getMaxBodySize().toBytes()),
                        SecurityContextHolderFilter.class)
                .addFilterBefore(new NulCharacters.QueryFilter(), SecurityContextHolderFilter.class)
                .addFilterAfter(new RateLimitFilter(properties.getRateLimit()), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    authorize.requestMatchers(DOCUMENTATION).permitAll();
                    authorize.requestMatchers("/error").permitAll();
                    if (properties.isOpenMetrics()) {
                        authorize.requestMatchers("/actuator/prometheus").permitAll();
                    } else {
                        authorize.requestMatchers("/actuator/prometheus").hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name());
                    }
                    for (EndpointRules.Rule rule : rules.rules()) {
                        authorize.requestMatchers(rule.matcher())
                                .hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
                    }
                    authorize.anyRequest().denyAll();
                });
        if (local) {
            var provider = new DaoAuthenticationProvider(new LocalUsers(properties.getLocal().getUsers()));
            provider.setPasswordEncoder(new BCryptPasswordEncoder());
            http.authenticationManager(new ProviderManager(provider))
                    .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated));
        } else {
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(unauthenticated)
                    .accessDeniedHandler(forbidden)
                    .jwt(jwt -> jwt.decoder(jwtDecoder(properties.getJwt()))
                            .jwtAuthenticationConverter(new JwtCallers(properties.getJwt()))));
        }
        return http.build();
    }

    /** See {@link NulCharacters}. */
    @Bean
    JacksonModule noNulCharacters() {
        return NulCharacters.jsonModule();
    }

    /**
     * No Micrometer observation around each security filter, authentication and authorisation: no
     * dashboard reads them, and in the benchmark's profile they were about 4% of the command
     * side's CPU. Every request is still timed as a whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's firewall with its rules unchanged; only the way characters are checked is faster. */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedInName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedInValue);
        firewall.setAllowedParameterNames(HeaderCharacters::allowedInName);
        return firewall;
    }

    /** Spring Security's firewall refuses a path with "..", "//" or an encoded "%": answered like every other error. */
    @Bean
    RequestRejectedHandler problemForRejectedRequest() {
        return (request, response, e) -> Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, "rejected-request",
                "Bad Request", "The request's address is not allowed: it holds a '..' or '//' segment, an encoded"
                        + " percent sign or another sequence a path may not have.");
    }

    /** After Boot's own customizer, whose HTML error valve this replaces (see {@link ProblemErrorReportValve}). */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReportValve() {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(ConfigurableTomcatWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    if (context.getParent() instanceof StandardHost host) {
                        for (Valve valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                        host.getPipeline().addValve(new ProblemErrorReportValve());
                    }
                });
            }
        };
    }

    /** Before Spring Security's chain, so that a refused request is logged and answered with its id too. */
    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Keys from the JWK set if given, else discovered from the issuer; the issuer is checked when given. */
    static JwtDecoder jwtDecoder(SecurityProperties.Jwt jwt) {
        boolean hasIssuer = SecurityProperties.Jwt.present(jwt.getIssuerUri());
        NimbusJwtDecoder decoder = SecurityProperties.Jwt.present(jwt.getJwkSetUri())
                ? NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri()).build()
                : NimbusJwtDecoder.withIssuerLocation(jwt.getIssuerUri()).build();
        decoder.setJwtValidator(hasIssuer ? JwtValidators.createDefaultWithIssuer(jwt.getIssuerUri())
                : new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault()));
        return decoder;
    }
}
