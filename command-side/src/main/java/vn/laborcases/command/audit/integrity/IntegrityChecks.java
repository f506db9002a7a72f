package vn.laborcases.command.audit.integrity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.command.audit.integrity.ChainProblem.Kind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole-store verifications, run one at a time on a background thread: every stream's chain,
 * read in keyset-paged batches, then every published anchor. Progress and the first problems
 * are written to audit_integrity_check as the check goes, so any instance can show it and a
 * result survives a restart; a RUNNING check whose heartbeat has stopped is marked INTERRUPTED.
 * One RUNNING check at a time across all instances (a unique partial index): asking for another
 * meanwhile gets the running one.
 */
@Component
class IntegrityChecks {

    static final int KEPT_PROBLEMS = 100;
    private static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(IntegrityChecks.class);

    private final JdbcClient jdbc;
    private final StoredChain chain;
    private final Anchors anchors;
    private final Clock clock;
    private final Duration staleAfter;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "integrity-check");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong eventsChecked = new AtomicLong();
    private final AtomicLong eventsTotal = new AtomicLong();
    private final AtomicLong problemCount = new AtomicLong();

    record Started(IntegrityCheck check, boolean isNew) {
    }

    IntegrityChecks(JdbcClient jdbc, StoredChain chain, Anchors anchors, Clock clock, MeterRegistry registry,
                    @Value("${labor-cases.audit.integrity-check-stale-after:1m}") Duration staleAfter) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.anchors = anchors;
        this.clock = clock;
        this.staleAfter = staleAfter;
        Gauge.builder("labor_cases.audit.integrity.events.checked", eventsChecked, AtomicLong::get)
                .description("Events verified by this instance's latest whole-store integrity check").register(registry);
        Gauge.builder("labor_cases.audit.integrity.events.total", eventsTotal, AtomicLong::get)
                .description("Events in the store when this instance's latest integrity check started").register(registry);
        Gauge.builder("labor_cases.audit.integrity.problems", problemCount, AtomicLong::get)
                .description("Problems found by this instance's latest integrity check").register(registry);
    }

    Started start() {
        while (true) {
            markInterrupted();
            UUID id = UUID.randomUUID();
            long total = chain.count();
            try {
                jdbc.sql("""
                                INSERT INTO audit_integrity_check (id, status, started_at, heartbeat_at, events_total)
                                VALUES (?, 'RUNNING', ?, ?, ?)""")
                        .params(id, now(), now(), total).update();
            } catch (DuplicateKeyException anotherIsRunning) {
                Optional<IntegrityCheck> running = jdbc.sql("SELECT id FROM audit_integrity_check WHERE status = 'RUNNING'")
                        .query(UUID.class).optional().flatMap(this::find);
                if (running.isPresent()) {
                    return new Started(running.get(), false);
                }
                continue; // it finished in between: start a new one
            }
            eventsChecked.set(0);
            eventsTotal.set(total);
            problemCount.set(0);
            runner.submit(() -> run(id));
            return new Started(find(id).orElseThrow(), true);
        }
    }

    Optional<IntegrityCheck> find(UUID id) {
        markInterrupted();
        return jdbc.sql("SELECT * FROM audit_integrity_check WHERE id = ?").param(id).query(this::check).optional();
    }

    List<IntegrityCheck> recent(int limit) {
        markInterrupted();
        return jdbc.sql("SELECT * FROM audit_integrity_check ORDER BY started_at DESC LIMIT ?").param(limit)
                .query(this::check).list();
    }

    /** At start, and before any read: a check whose instance stopped heartbeating will never finish. */
    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        jdbc.sql("""
                        UPDATE audit_integrity_check SET status = 'INTERRUPTED', finished_at = heartbeat_at,
                               failure = 'The instance running this check stopped before it finished; start a new one.'
                        WHERE status = 'RUNNING' AND heartbeat_at < ?""")
                .param(now().minus(staleAfter)).update();
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    private void run(UUID id) {
        long[] streams = {0};
        try {
            chain.forEachStream(BATCH, stream -> {
                List<ChainProblem> found = ChainWalk.verify(stream);
                if (!found.isEmpty()) {
                    String caseNumber = chain.caseNumber(stream.get(0).aggregateIdentifier());
                    found.forEach(problem -> report(id, problem.withCaseNumber(caseNumber)));
                }
                streams[0]++;
                long before = eventsChecked.getAndAdd(stream.size());
                if (before / BATCH != (before + stream.size()) / BATCH) {
                    saveProgress(id, streams[0], 0);
                }
            });
            saveProgress(id, streams[0], 0);
            long anchorsChecked = anchors.verifyPublished(problem -> report(id, problem));
            saveProgress(id, streams[0], anchorsChecked);
            finish(id, "DONE", null);
        } catch (CheckStopped stopped) {
            finish(id, "INTERRUPTED", "The check was stopped when this instance shut down; start a new one.");
        } catch (RuntimeException e) {
            log.error("Integrity check {} failed", id, e);
            finish(id, "FAILED", "The check stopped on an error: " + e.getMessage());
        }
    }

    private void report(UUID id, ChainProblem problem) {
        long position = problemCount.incrementAndGet();
        if (position <= KEPT_PROBLEMS) {
            jdbc.sql("""
                            INSERT INTO audit_integrity_problem (check_id, position, kind, case_id, case_number,
                                sequence_number, global_index, day, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position, problem.kind().name(), problem.caseId(), problem.caseNumber(),
                            problem.sequenceNumber(), problem.globalIndex(), problem.day(), problem.detail())
                    .update();
        }
    }

    private void saveProgress(UUID id, long streams, long anchorsChecked) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CheckStopped();
        }
        jdbc.sql("""
                        UPDATE audit_integrity_check SET events_checked = ?, streams_checked = ?, anchors_checked = ?,
                               problem_count = ?, heartbeat_at = ? WHERE id = ?""")
                .params(eventsChecked.get(), streams, anchorsChecked, problemCount.get(), now(), id).update();
    }

    private void finish(UUID id, String status, String failure) {
        jdbc.sql("""
                        UPDATE audit_integrity_check SET status = ?, failure = ?, finished_at = ?, heartbeat_at = ?,
                               problem_count = ? WHERE id = ?""")
                .params(status, failure, now(), now(), problemCount.get(), id).update();
    }

    private IntegrityCheck check(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String status = rs.getString("status");
        long checked = rs.getLong("events_checked");
        long total = rs.getLong("events_total");
        long problems = rs.getLong("problem_count");
        OffsetDateTime startedAt = rs.getObject("started_at", OffsetDateTime.class);
        OffsetDateTime finishedAt = rs.getObject("finished_at", OffsetDateTime.class);
        CheckProgress progress = CheckProgress.of(checked, total, startedAt.toInstant(),
                finishedAt == null ? clock.instant() : finishedAt.toInstant(), finishedAt != null);
        return new IntegrityCheck(id, status, checked, total, rs.getLong("streams_checked"),
                rs.getLong("anchors_checked"), progress.eventsPerSecond(), progress.secondsRemaining(), startedAt,
                finishedAt, "DONE".equals(status) && problems == 0, problems, problems(id), rs.getString("failure"));
    }

    private List<ChainProblem> problems(UUID id) {
        RowMapper<ChainProblem> problem = (rs, n) -> new ChainProblem(Kind.valueOf(rs.getString("kind")),
                rs.getString("case_id"), rs.getString("case_number"), rs.getObject("sequence_number", Long.class),
                rs.getObject("global_index", Long.class), rs.getObject("day", LocalDate.class), rs.getString("detail"));
        return jdbc.sql("SELECT * FROM audit_integrity_problem WHERE check_id = ? ORDER BY position").param(id)
                .query(problem).list();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The instance is shutting down. */
    private static final class CheckStopped extends RuntimeException {
    }
}
