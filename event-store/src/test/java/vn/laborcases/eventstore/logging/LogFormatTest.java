package vn.laborcases.eventstore.logging;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LogFormatTest {

    @Test
    void plainIsText_andAStructuredFormatIsPassedOn() {
        assertThat(LogFormat.consoleFormat("plain")).isEmpty();
        assertThat(LogFormat.consoleFormat(" PLAIN ")).isEmpty();
        assertThat(LogFormat.consoleFormat("logstash")).isEqualTo("logstash");
    }

    @Test
    void theVariableOverridesTheConfiguration_andUnsetLeavesItAlone() {
        Map<String, Object> configuration = new HashMap<>(Map.of(LogFormat.CONSOLE_FORMAT, "ecs"));
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application.yml", configuration));
        new LogFormat().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty(LogFormat.CONSOLE_FORMAT)).isEqualTo("ecs");

        configuration.put(LogFormat.VARIABLE, "plain");
        new LogFormat().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty(LogFormat.CONSOLE_FORMAT)).isEmpty();
    }
}
