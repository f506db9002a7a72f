package vn.laborcases.query;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.laborcases.testsupport.TestDatabase;

import javax.sql.DataSource;

/**
 * A throwaway database with the query side's tables, migrated as the app does it, for tests
 * that call a projection's handlers directly.
 */
public final class ProjectionDatabase {

    private ProjectionDatabase() {
    }

    public static JdbcClient migrated() {
        return JdbcClient.create(migratedDataSource());
    }

    public static DataSource migratedDataSource() {
        TestDatabase db = TestDatabase.create();
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).locations("classpath:db/migration/query")
                .table("flyway_history_query_side").load().migrate();
        return new DriverManagerDataSource(db.url(), db.user(), db.password());
    }
}
