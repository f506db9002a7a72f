package vn.laborcases.query.caselist;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.laborcases.eventstore.ProcessorPeers;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Changed cases, told between the instances of the query side through PostgreSQL's
 * LISTEN/NOTIFY: each instance projects only the segments it holds, and a screen's stream
 * lives on one instance, which must push the changes its peers projected too. A notice is
 * best effort, like the stream itself: one missed while an instance reconnects is not resent,
 * and the screen's next page load shows the row.
 */
@Component
class CaseListNotices implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CaseListNotices.class);
    private static final String CHANNEL = "case_list_changed";
    /** A notice holds at most 8,000 bytes; 150 ids of 37 characters stay well within. */
    private static final int IDS_PER_NOTICE = 150;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final CaseListBroadcaster broadcaster;
    private final String nodeId;
    private volatile Thread listener;

    CaseListNotices(DataSource dataSource, JdbcClient jdbc, CaseListBroadcaster broadcaster, ProcessorPeers peers) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.broadcaster = broadcaster;
        this.nodeId = peers.nodeId();
        broadcaster.alsoTell(this::tell);
    }

    /** After the batch's commit: "node-id id,id,…", so that the sender skips its own. */
    private void tell(Collection<UUID> caseIds) {
        List<UUID> ids = List.copyOf(caseIds);
        try {
            for (int from = 0; from < ids.size(); from += IDS_PER_NOTICE) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_NOTICE)).stream()
                        .map(UUID::toString).toList();
                jdbc.sql("SELECT pg_notify(:channel, :notice)").param("channel", CHANNEL)
                        .param("notice", nodeId + " " + String.join(",", chunk)).query().listOfRows();
            }
        } catch (RuntimeException e) {
            log.warn("Could not tell the other instances of {} changed cases", ids.size(), e);
        }
    }

    @Override
    public synchronized void start() {
        Thread thread = new Thread(this::listen, "case-list-notices");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public synchronized void stop() {
        Thread thread = listener;
        listener = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    private void listen() {
        while (listener == Thread.currentThread()) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    PGNotification[] notices = postgres.getNotifications(1000);
                    if (notices != null) {
                        for (PGNotification notice : notices) {
                            heard(notice.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listener != Thread.currentThread()) {
                    return;
                }
                log.warn("Lost the case-list notices of the other instances; listening again in a second", e);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void heard(String notice) {
        int space = notice.indexOf(' ');
        if (space < 0 || notice.substring(0, space).equals(nodeId)) {
            return;
        }
        List<UUID> ids = new ArrayList<>();
        for (String id : notice.substring(space + 1).split(",")) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException malformed) {
                log.warn("Ignoring a malformed case-list notice");
                return;
            }
        }
        broadcaster.publishFromPeer(ids);
    }
}
