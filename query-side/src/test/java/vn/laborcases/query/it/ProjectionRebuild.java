package vn.laborcases.query.it;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * Resets a projection and replays the whole event store into it, as an administrator's
 * rebuild would: its @ResetHandler empties its tables, and the processor starts again from
 * the first event.
 * <p>
 * "Done" means every segment's position has reached the newest event in the store. Axon's own
 * replay flag is no use here: it stays up until an event recorded after the reset arrives,
 * which on a quiet store never happens. A segment may report its position just before its
 * last batch commits, so callers compare rows with a short await rather than once.
 */
final class ProjectionRebuild {

    private ProjectionRebuild() {
    }

    static void rebuild(QuerySideApp app, String processingGroup) {
        long head = headOfStore(app);
        StreamingEventProcessor processor = processor(app, processingGroup);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        awaitPosition(app, processingGroup, head);
    }

    /** Waits until the projection has read every event now in the store. */
    static void awaitCaughtUp(QuerySideApp app, String processingGroup) {
        awaitPosition(app, processingGroup, headOfStore(app));
    }

    private static void awaitPosition(QuerySideApp app, String processingGroup, long head) {
        StreamingEventProcessor processor = processor(app, processingGroup);
        int segments = app.bean(TokenStore.class).fetchSegments(processingGroup).length;
        await().atMost(Duration.ofSeconds(60)).until(() -> processor.processingStatus().size() == segments
                && processor.processingStatus().values().stream()
                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head));
    }

    private static long headOfStore(QuerySideApp app) {
        return app.bean(JdbcClient.class).sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")
                .query(Long.class).single();
    }

    private static StreamingEventProcessor processor(QuerySideApp app, String processingGroup) {
        return app.bean(EventProcessingConfiguration.class)
                .eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No streaming processor " + processingGroup));
    }

    /** Every row the queries select from the shared test database, as text, to compare before and after a rebuild. */
    static List<List<String>> rows(String... queries) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = SharedApps.DATABASE.connect()) {
            for (String sql : queries) {
                try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.add(rs.getString(i));
                        }
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }
}
