package vn.laborcases.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What the database holds once the load has stopped: the event store's envelopes and the projections' own tables. */
final class StoreFacts {

    private final String url;
    private final String user;
    private final String password;

    StoreFacts(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Every stored event with the envelope fields that tie it to the command that wrote it. */
    List<LedgerCheck.StoredEvent> events() throws SQLException {
        String sql = """
                SELECT aggregate_identifier, sequence_number, m ->> 'role', m ->> 'idempotencyKey', m ->> 'commandId'
                FROM (SELECT aggregate_identifier, sequence_number,
                             convert_from(meta_data, 'UTF8')::jsonb AS m FROM domain_event_entry) e
                """;
        List<LedgerCheck.StoredEvent> events = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(5_000);
            connection.setAutoCommit(false);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(new LedgerCheck.StoredEvent(rows.getString(1), rows.getLong(2), rows.getString(3),
                            rows.getString(4), rows.getString(5)));
                }
            }
            connection.commit();
        }
        return events;
    }

    long eventCount() throws SQLException {
        return number("SELECT count(*) FROM domain_event_entry");
    }

    long head() throws SQLException {
        return number("SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
    }

    /**
     * Events that the audit trail projection, which keeps one row per event, lacks (matched by
     * event id): events a processor skipped, or whose row the projection dropped.
     */
    List<Long> eventsMissingFromAuditTrail() throws SQLException {
        return numbers("""
                SELECT e.global_index FROM domain_event_entry e
                WHERE NOT EXISTS (SELECT 1 FROM audit_trail a WHERE a.event_id = e.event_identifier)
                ORDER BY e.global_index""");
    }

    /** Audit trail rows filed under another global index than their event's own. */
    List<Long> auditRowsAtAnotherIndex() throws SQLException {
        return numbers("""
                SELECT a.global_index FROM audit_trail a JOIN domain_event_entry e ON e.event_identifier = a.event_id
                WHERE e.global_index <> a.global_index ORDER BY a.global_index""");
    }

    /** The last event of the case that the case list has applied, or -1 without a row. */
    long caseListSequence(String caseId) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
                "SELECT last_sequence FROM case_list WHERE case_id = ?::uuid")) {
            statement.setString(1, caseId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    /** Case numbers that the case list shows on more than one case. */
    List<String> caseNumbersOnTwoCases() throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
                "SELECT case_number FROM case_list GROUP BY case_number HAVING count(*) > 1 ORDER BY 1");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                numbers.add(rows.getString(1));
            }
        }
        return numbers;
    }

    boolean auditTrailHas(String eventId) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM audit_trail WHERE event_id = ?")) {
            statement.setString(1, eventId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private long number(String sql) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<Long> numbers(String sql) throws SQLException {
        List<Long> numbers = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                numbers.add(rows.getLong(1));
            }
        }
        return numbers;
    }
}
