package vn.laborcases.query.replay;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The writes of a projection whose handlers never read the tables back in Java. The writes of a
 * batch of events, live or in a shadow replay, are queued and sent before the batch commits, in
 * the order they were made, as JDBC batches of the consecutive writes with the same statement:
 * each statement still runs after the ones before it, but one round trip to the database carries
 * many of them. A projection makes one write or two per event, and a batch's time went to waiting
 * for those round trips, not to the work in them (BENCHMARKS.md). Outside a unit of work a write
 * runs at once.
 * <p>
 * A projection that writes through here must make every statement of its handlers here: one
 * made directly would run before the writes queued ahead of it.
 */
@Component
public class ProjectionWrites {

    private static final String PENDING = ProjectionWrites.class.getName() + ".pending";
    private static final IntConsumer COUNT_NOT_NEEDED = rows -> {
    };

    private final NamedParameterJdbcTemplate jdbc;

    public ProjectionWrites(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void update(String sql, MapSqlParameterSource params) {
        update(sql, params, COUNT_NOT_NEEDED);
    }

    /** {@code rowsChanged} is told the statement's row count once it has run, before the batch commits. */
    public void update(String sql, MapSqlParameterSource params, IntConsumer rowsChanged) {
        if (!CurrentUnitOfWork.isStarted()) {
            rowsChanged.accept(jdbc.update(sql, params));
            return;
        }
        pending().add(new Write(sql, params, rowsChanged));
    }

    private record Write(String sql, SqlParameterSource params, IntConsumer rowsChanged) {
    }

    private List<Write> pending() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(PENDING, key -> {
            List<Write> writes = new ArrayList<>();
            root.onPrepareCommit(unitOfWork -> send(writes));
            return writes;
        });
    }

    private void send(List<Write> writes) {
        int from = 0;
        while (from < writes.size()) {
            String sql = writes.get(from).sql();
            int to = from + 1;
            while (to < writes.size() && writes.get(to).sql().equals(sql)) {
                to++;
            }
            List<Write> run = writes.subList(from, to);
            int[] counts = jdbc.batchUpdate(sql, run.stream().map(Write::params).toArray(SqlParameterSource[]::new));
            for (int i = 0; i < run.size(); i++) {
                run.get(i).rowsChanged().accept(counts[i]);
            }
            from = to;
        }
        writes.clear();
    }
}
