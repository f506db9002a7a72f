package vn.laborcases.testsupport.fuzz;

import vn.laborcases.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/** The number of rows in every table of the database's schemas: "nothing written" is "no count changed". */
public final class TableCounts {

    private TableCounts() {
    }

    public static Map<String, Long> of(TestDatabase database) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.connect()) {
            var tables = connection.createStatement().executeQuery("""
                    SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
                    WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')""");
            while (tables.next()) {
                String table = tables.getString(1);
                try (var count = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}
