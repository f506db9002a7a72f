package vn.laborcases.query.it;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.laborcases.query.QuerySideApplication;
import vn.laborcases.testsupport.Http;
import vn.laborcases.testsupport.TestUsers;
import vn.laborcases.testsupport.TestDatabase;

import java.util.ArrayList;
import java.util.List;

/** The real query-side app on a random port against a test database, in this JVM. */
final class QuerySideApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private QuerySideApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static QuerySideApp start(TestDatabase database, Class<?>... extraConfiguration) {
        return start(database, List.of(), extraConfiguration);
    }

    /** With these local users besides the tester. */
    static QuerySideApp start(TestDatabase database, List<TestUsers.TestUser> users, Class<?>... extraConfiguration) {
        return start(database, users, List.of(), extraConfiguration);
    }

    /** With these properties ({@code name=value}) over application.yml's. */
    static QuerySideApp startWith(TestDatabase database, String... properties) {
        return start(database, List.of(), List.of(properties));
    }

    /** With these local users besides the tester, and these properties ({@code name=value}) over application.yml's. */
    static QuerySideApp start(TestDatabase database, List<TestUsers.TestUser> users, List<String> properties,
            Class<?>... extraConfiguration) {
        // Command-line arguments, so that they override application.yml.
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password()));
        TestUsers.properties(users.toArray(TestUsers.TestUser[]::new)).forEach(property -> arguments.add("--" + property));
        properties.forEach(property -> arguments.add("--" + property));
        var context = new SpringApplicationBuilder(QuerySideApplication.class).sources(extraConfiguration)
                .run(arguments.toArray(String[]::new));
        return new QuerySideApp(context);
    }

    Http http() {
        return new Http("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    @Override
    public void close() {
        context.close();
    }
}
