package vn.laborcases.query.it;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.laborcases.query.QuerySideApplication;
import vn.laborcases.testsupport.Http;
import vn.laborcases.testsupport.TestDatabase;

/** The real query-side app on a random port against a test database, in this JVM. */
final class QuerySideApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private QuerySideApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static QuerySideApp start(TestDatabase database, Class<?>... extraConfiguration) {
        // Command-line arguments, so that they override application.yml.
        var context = new SpringApplicationBuilder(QuerySideApplication.class).sources(extraConfiguration).run(
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password());
        return new QuerySideApp(context);
    }

    Http http() {
        return new Http("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
