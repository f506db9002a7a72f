package vn.laborcases.query.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compares a projection's live tables with its shadow, row by row on the full content
 * (to_jsonb of the row), matched on the table's primary key: a row only live, only rebuilt, or
 * different in any column is a difference.
 */
@Component
class TableComparison {

    private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    TableComparison(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One table's differences, at most {@code cap} of them, and how many there are in all. */
    TableDifferences compare(Projection projection, String table, int cap) {
        List<String> key = primaryKey(table);
        String keyJson = key.stream().map(column -> "'" + column + "', t." + column)
                .collect(Collectors.joining(", ", "jsonb_build_object(", ")"));
        List<Difference> found = new ArrayList<>();
        long[] total = {0};
        jdbc.sql("""
                        WITH live AS (SELECT %1$s AS k, to_jsonb(t) AS r FROM public.%2$s t),
                             rebuilt AS (SELECT %1$s AS k, to_jsonb(t) AS r FROM %3$s.%2$s t)
                        SELECT coalesce(l.k, s.k)::text, l.r::text, s.r::text, count(*) OVER ()
                          FROM live l FULL JOIN rebuilt s ON l.k = s.k
                         WHERE l.r IS DISTINCT FROM s.r
                         ORDER BY 1
                         LIMIT :cap""".formatted(keyJson, table, projection.shadowSchema()))
                .param("cap", Math.max(cap, 1))
                .query(rs -> {
                    total[0] = rs.getLong(4);
                    if (found.size() < cap) {
                        found.add(new Difference(projection.name(), table, row(rs.getString(1)),
                                row(rs.getString(2)), row(rs.getString(3))));
                    }
                });
        return new TableDifferences(found, total[0]);
    }

    private List<String> primaryKey(String table) {
        List<String> key = jdbc.sql("""
                        SELECT a.attname FROM pg_index i
                          JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                         WHERE i.indrelid = to_regclass(:table) AND i.indisprimary
                         ORDER BY array_position(CAST(i.indkey AS int2[]), a.attnum)""")
                .param("table", "public." + table).query(String.class).list();
        if (key.isEmpty()) {
            throw new IllegalStateException("Table " + table + " has no primary key to match its rows by");
        }
        return key;
    }

    private Map<String, Object> row(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, ROW);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL gave a row that is not JSON", e);
        }
    }

    record TableDifferences(List<Difference> differences, long total) {
    }

    /** A row that differs: its table and key, and the row live and rebuilt (null where missing). */
    record Difference(String projection, String table, Map<String, Object> key, Map<String, Object> live,
                      Map<String, Object> rebuilt) {
    }
}
