package vn.laborcases.command.audit.integrity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.command.audit.integrity.ChainProblem.Kind;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The chain's anchors: per completed day (Asia/Ho_Chi_Minh, by record time), a digest of the
 * heads of the streams that day touched. The first computation of a day is stored as the
 * published anchor and never written over; later computations are compared with it, so that a
 * chain rewritten from scratch, or a stream's deleted last event, shows.
 * <p>
 * Only streams touched that day, rather than every stream's head as of that day: each event is
 * still covered by the anchor of its own day, and a day costs a scan of its own events instead
 * of the whole store.
 */
@Component
class Anchors {

    /** An anchor as published. */
    record Anchor(LocalDate day, long events, long streams, long lastGlobalIndex, String digest,
                  OffsetDateTime publishedAt) {
    }

    /** A day's anchor computed from the store now. */
    record Computed(LocalDate day, long events, long lastGlobalIndex, List<StreamHead> heads, String digest) {
        long streams() {
            return heads.size();
        }
    }

    private static final RowMapper<Anchor> ANCHOR = (rs, n) -> new Anchor(rs.getObject("day", LocalDate.class),
            rs.getLong("events"), rs.getLong("streams"), rs.getLong("last_global_index"),
            EventChain.hex(rs.getBytes("digest")), rs.getObject("published_at", OffsetDateTime.class));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration grace;

    Anchors(JdbcClient jdbc, Clock clock, @Value("${labor-cases.audit.anchor-grace:10m}") Duration grace) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.grace = grace;
    }

    Computed compute(LocalDate day) {
        RecordDay range = new RecordDay(day);
        List<StreamHead> heads = new ArrayList<>();
        long[] eventsAndLastIndex = {0, 0};
        jdbc.sql("""
                        SELECT aggregate_identifier, sequence_number, global_index, event_hash FROM domain_event_entry
                        WHERE time_stamp >= ? AND time_stamp < ? ORDER BY aggregate_identifier, sequence_number DESC""")
                .params(range.start(), range.end())
                .query(rs -> {
                    String caseId = rs.getString(1);
                    if (heads.isEmpty() || !heads.get(heads.size() - 1).caseId().equals(caseId)) {
                        heads.add(new StreamHead(caseId, rs.getLong(2), EventChain.hex(rs.getBytes(4))));
                    }
                    eventsAndLastIndex[0]++;
                    eventsAndLastIndex[1] = Math.max(eventsAndLastIndex[1], rs.getLong(3));
                });
        return new Computed(day, eventsAndLastIndex[0], eventsAndLastIndex[1], heads,
                EventChain.hex(StreamHead.digest(heads)));
    }

    /** The published anchors of the days from..to, publishing first each completed day with events not yet anchored. */
    List<Anchor> between(LocalDate from, LocalDate to) {
        for (LocalDate day = firstDayWithEvents(from, to); day != null; day = firstDayWithEvents(day.plusDays(1), to)) {
            if (!new RecordDay(day).completedAt(clock.instant(), grace)) {
                break;
            }
            if (published(day).isEmpty()) {
                publish(compute(day));
            }
        }
        return jdbc.sql("SELECT * FROM audit_anchor WHERE day BETWEEN ? AND ? ORDER BY day")
                .params(from, to).query(ANCHOR).list();
    }

    Optional<Anchor> published(LocalDate day) {
        return jdbc.sql("SELECT * FROM audit_anchor WHERE day = ?").param(day).query(ANCHOR).optional();
    }

    /** Recomputes every published anchor and reports each that no longer matches; answers how many were checked. */
    long verifyPublished(Consumer<ChainProblem> problems) {
        long checked = 0;
        LocalDate after = LocalDate.MIN;
        while (true) {
            List<Anchor> batch = jdbc.sql("SELECT * FROM audit_anchor WHERE day > ? ORDER BY day LIMIT 100")
                    .param(after).query(ANCHOR).list();
            for (Anchor anchor : batch) {
                Computed now = compute(anchor.day());
                if (!matches(anchor, now)) {
                    problems.accept(new ChainProblem(Kind.ANCHOR_MISMATCH, null, null, null, anchor.lastGlobalIndex(),
                            anchor.day(), mismatch(anchor, now)));
                }
                checked++;
                after = anchor.day();
            }
            if (batch.size() < 100) {
                return checked;
            }
        }
    }

    static boolean matches(Anchor published, Computed now) {
        return MessageDigest.isEqual(HexFormat.of().parseHex(published.digest()), HexFormat.of().parseHex(now.digest()));
    }

    static String mismatch(Anchor published, Computed now) {
        return "The anchor published %s for %s covered %d events in %d cases (digest %s); the store now gives %d events in %d cases (digest %s)."
                .formatted(published.publishedAt(), published.day(), published.events(), published.streams(),
                        published.digest(), now.events(), now.streams(), now.digest());
    }

    private void publish(Computed anchor) {
        jdbc.sql("""
                        INSERT INTO audit_anchor (day, events, streams, last_global_index, digest)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (day) DO NOTHING""")
                .params(anchor.day(), anchor.events(), anchor.streams(), anchor.lastGlobalIndex(),
                        HexFormat.of().parseHex(anchor.digest()))
                .update();
    }

    private LocalDate firstDayWithEvents(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return null;
        }
        return jdbc.sql("SELECT min(time_stamp) FROM domain_event_entry WHERE time_stamp >= ? AND time_stamp < ?")
                .params(new RecordDay(from).start(), new RecordDay(to).end())
                .query(String.class).optional().map(stamp -> RecordDay.of(stamp).day()).orElse(null);
    }
}
