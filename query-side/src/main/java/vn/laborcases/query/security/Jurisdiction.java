package vn.laborcases.query.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.laborcases.api.Province;

import java.util.List;
import java.util.Set;

/**
 * The provinces whose cases the current reader may see. Every read of the query side goes
 * through it: a query narrows its SQL with {@link #sql(String)} and binds the provinces with
 * {@link #bind(JdbcClient.StatementSpec)}, so the filter runs in the database, on the
 * province indexes, and a case outside the reader's provinces is never fetched at all. A
 * single case outside them reads as unknown (404), so that its existence does not leak.
 */
public interface Jurisdiction {

    /** The name of the bind parameter {@link #sql(String)} refers to. */
    String PARAMETER = "readerProvinces";

    /** The reader's provinces, for the call in progress: all of them for a national reader. */
    Set<Province> provinces();

    default boolean national() {
        return provinces().size() == Province.values().length;
    }

    default boolean covers(Province province) {
        return province != null && provinces().contains(province);
    }

    /**
     * A condition on the province {@code column}: TRUE for a national reader (so the plans of
     * the unrestricted queries stay as they are), otherwise {@code column = ANY(:readerProvinces)}.
     */
    default String sql(String column) {
        return national() ? "TRUE" : column + " = ANY(:" + PARAMETER + ")";
    }

    /**
     * Adds the condition of {@link #sql(String)} to a query's conditions (joined with AND) when
     * the reader is not national; a national reader's query keeps the shape, and the plan, it
     * had without a jurisdiction.
     */
    default void narrow(List<String> conditions, String column) {
        if (!national()) {
            conditions.add(sql(column));
        }
    }

    /** Binds the provinces {@link #sql(String)} refers to (harmless when it referred to none). */
    default JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param(PARAMETER, provinces().stream().map(Province::name).toArray(String[]::new));
    }
}
