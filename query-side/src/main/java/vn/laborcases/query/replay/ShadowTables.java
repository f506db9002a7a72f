package vn.laborcases.query.replay;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.function.Predicate;

/**
 * The shadow copy of a projection's tables: created empty in the projection's own schema with
 * the live tables' columns, defaults, checks, keys and indexes under the live names (names are
 * per schema), so that swapping it in with SET SCHEMA leaves the public schema exactly as
 * Flyway made it. LIKE alone would not do: it names copied keys and indexes itself and drops
 * foreign keys, whose ON DELETE CASCADE some handlers rely on.
 * <p>
 * The indexes that only queries use are built by {@link #indexForQueries} once the bulk of the
 * events is in: one sort per index instead of an index entry per row written (and, for a table
 * whose every event updates an indexed column, a new row version in every index).
 */
@Component
class ShadowTables {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ShadowTables(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * A fresh, empty shadow with the keys and the projection's lookup indexes; one left over by
     * an interrupted replay is dropped first.
     */
    void create(Projection projection) {
        String schema = projection.shadowSchema();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
            jdbc.sql("CREATE SCHEMA " + schema).update();
            usePath(schema);
            for (String table : projection.tables()) {
                jdbc.sql("CREATE TABLE " + table + " (LIKE public." + table + " INCLUDING ALL EXCLUDING INDEXES)")
                        .update();
            }
            // Keys before foreign keys, which need the keys they refer to.
            for (String table : projection.tables()) {
                constraints(table, "p", "u", "x").forEach(c -> addConstraint(table, c));
            }
            for (String table : projection.tables()) {
                constraints(table, "f").forEach(c -> addConstraint(table, c));
                plainIndexes(table, projection.lookupIndexes()::contains)
                        .forEach(definition -> jdbc.sql(definition).update());
            }
        });
    }

    /** The shadow's remaining indexes, those of the live tables that no handler looks rows up by. */
    void indexForQueries(Projection projection) {
        transaction.executeWithoutResult(status -> {
            usePath(projection.shadowSchema());
            for (String table : projection.tables()) {
                plainIndexes(table, Predicate.not(projection.lookupIndexes()::contains))
                        .forEach(definition -> jdbc.sql(definition).update());
            }
        });
    }

    /**
     * Drops the live tables and moves the shadow ones into their place, within the caller's
     * transaction: readers see the old rows or the new ones, never none.
     */
    void swapIntoPublic(Projection projection) {
        List<String> tables = projection.tables();
        jdbc.sql("DROP TABLE " + String.join(", ", tables.stream().map(t -> "public." + t).toList())).update();
        for (String table : tables) {
            jdbc.sql("ALTER TABLE " + projection.shadowSchema() + "." + table + " SET SCHEMA public").update();
        }
    }

    void drop(Projection projection) {
        jdbc.sql("DROP SCHEMA IF EXISTS " + projection.shadowSchema() + " CASCADE").update();
    }

    /** Unqualified names, as the handlers write them, resolve to the shadow until the transaction ends. */
    void usePath(String schema) {
        jdbc.sql("SET LOCAL search_path TO " + schema + ", public").update();
    }

    /**
     * Points the transaction at the shadow, and lets it commit without waiting for its WAL to
     * reach the disk: a crash can lose only replayed batches, which the next rebuild replays
     * again, and the swap commits as every transaction does, after all of them.
     */
    void writeInto(Projection projection) {
        usePath(projection.shadowSchema());
        jdbc.sql("SET LOCAL synchronous_commit = off").update();
    }

    private record Constraint(String name, String definition) {
    }

    private List<Constraint> constraints(String table, String... types) {
        return jdbc.sql("""
                        SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                         WHERE conrelid = to_regclass(:table) AND contype::text IN (:types)
                         ORDER BY conname""")
                .param("table", "public." + table).param("types", List.of(types))
                .query((rs, n) -> new Constraint(rs.getString(1), rs.getString(2))).list();
    }

    /**
     * With the shadow first on the path, PostgreSQL writes a foreign key's live target as
     * {@code public.t}; unqualified, it refers to the shadow's copy when there is one, so that the
     * swap can drop the live tables (and a shadow row never depends on a live one).
     */
    private void addConstraint(String table, Constraint constraint) {
        String definition = constraint.definition().replace(" REFERENCES public.", " REFERENCES ");
        jdbc.sql("ALTER TABLE " + table + " ADD CONSTRAINT " + constraint.name() + " " + definition)
                .update();
    }

    private record PlainIndex(String name, String definition) {
    }

    /** The chosen indexes that back no key, as CREATE INDEX statements aimed at the shadow table. */
    private List<String> plainIndexes(String table, Predicate<String> chosen) {
        return jdbc.sql("""
                        SELECT n.relname, pg_get_indexdef(i.indexrelid)
                          FROM pg_index i JOIN pg_class n ON n.oid = i.indexrelid
                         WHERE i.indrelid = to_regclass(:table)
                           AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                                            WHERE c.conrelid = i.indrelid AND c.conindid = i.indexrelid)
                         ORDER BY 2""")
                .param("table", "public." + table)
                .query((rs, n) -> new PlainIndex(rs.getString(1), rs.getString(2))).list().stream()
                .filter(index -> chosen.test(index.name()))
                .map(index -> index.definition().replaceFirst(" ON public\\.", " ON "))
                .toList();
    }
}
