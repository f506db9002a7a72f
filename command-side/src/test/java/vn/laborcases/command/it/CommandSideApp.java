package vn.laborcases.command.it;

import vn.laborcases.testsupport.TestDatabase;
import vn.laborcases.testsupport.Http;
import vn.laborcases.testsupport.TestUsers;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.laborcases.command.CommandSideApplication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The real command-side app on a random port against a test database, started and stopped by a test. */
public final class CommandSideApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private CommandSideApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static CommandSideApp start(TestDatabase database, String... extraProperties) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.user());
        properties.put("spring.datasource.password", database.password());
        properties.put("spring.datasource.hikari.maximum-pool-size", "8");
        properties.put("labor-cases.deadlines.polling-interval", "1s");
        List<String> all = new ArrayList<>(TestUsers.properties());
        all.addAll(List.of(extraProperties));
        for (String property : all) {
            int equals = property.indexOf('=');
            properties.put(property.substring(0, equals), property.substring(equals + 1));
        }
        // Passed as command-line arguments so that they override application.yml.
        String[] arguments = properties.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new);
        var context = new SpringApplicationBuilder(CommandSideApplication.class).run(arguments);
        return new CommandSideApp(context);
    }

    public Http http() {
        return new Http("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    @Override
    public void close() {
        context.close();
    }
}
