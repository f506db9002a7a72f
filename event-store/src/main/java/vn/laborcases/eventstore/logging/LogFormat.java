package vn.laborcases.eventstore.logging;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Locale;
import java.util.Map;

/**
 * LOG_FORMAT chooses how both apps log on the console: {@code plain} for text, or one of Spring
 * Boot's structured JSON formats ({@code ecs}, {@code logstash}, {@code gelf}). Unset, the apps'
 * configuration decides: ecs, and plain text under the local profile. Spring Boot itself knows
 * no "plain" (text is an empty logging.structured.format.console), hence this translation; it
 * runs before the logging system starts.
 */
public class LogFormat implements EnvironmentPostProcessor {

    static final String VARIABLE = "LOG_FORMAT";
    static final String CONSOLE_FORMAT = "logging.structured.format.console";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String chosen = environment.getProperty(VARIABLE);
        if (chosen != null && !chosen.isBlank()) {
            environment.getPropertySources().addFirst(
                    new MapPropertySource(VARIABLE, Map.of(CONSOLE_FORMAT, consoleFormat(chosen))));
        }
    }

    /** Spring Boot's value for a LOG_FORMAT: empty for plain text, else the structured format's name. */
    static String consoleFormat(String chosen) {
        String format = chosen.strip().toLowerCase(Locale.ROOT);
        return format.equals("plain") ? "" : format;
    }
}
