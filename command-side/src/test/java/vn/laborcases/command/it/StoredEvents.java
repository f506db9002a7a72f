package vn.laborcases.command.it;

import vn.laborcases.testsupport.TestDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the event store table directly, as an auditor's query would. */
public final class StoredEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Row(long sequence, String eventId, String payloadType, JsonNode payload, JsonNode metaData) {
        public String simpleType() {
            return payloadType.substring(payloadType.lastIndexOf('.') + 1);
        }
    }

    private StoredEvents() {
    }

    public static List<Row> of(TestDatabase database, String aggregateId) {
        try (Connection connection = database.connect();
             var statement = connection.prepareStatement("""
                     SELECT sequence_number, event_identifier, payload_type, payload, meta_data FROM domain_event_entry
                     WHERE aggregate_identifier = ? ORDER BY sequence_number""")) {
            statement.setString(1, aggregateId);
            List<Row> rows = new ArrayList<>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3),
                            JSON.readTree(result.getBytes(4)), JSON.readTree(result.getBytes(5))));
                }
            }
            return rows;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(TestDatabase database) {
        return scalar(database, "SELECT count(*) FROM domain_event_entry");
    }

    public static long scalar(TestDatabase database, String sql) {
        try (Connection connection = database.connect(); var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> types(TestDatabase database, String aggregateId) {
        return of(database, aggregateId).stream().map(Row::simpleType).toList();
    }
}
