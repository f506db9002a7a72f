package vn.laborcases.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.laborcases.demo.Options;
import vn.laborcases.demo.http.CommandClient;
import vn.laborcases.demo.plan.CasePlan;
import vn.laborcases.demo.plan.Planner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The out-of-order commit: a transaction inserts one valid event (a mediator assigned to a
 * dispute the load never touches), stays open longer than the processors' gap timeout while
 * the load commits many later events, and then commits. Its global index is then below events
 * that every processor has long passed: a processor that gave up on the gap skips it.
 */
final class GapFault {

    /** What happened, for the report and for the check that the event reached the projections. */
    record Outcome(String caseId, String eventId, long globalIndex, Duration held, long eventsCommittedBehind) {
    }

    private static final String TEMPLATE_TYPE = "vn.laborcases.api.dispute.MediatorAssignedEvent";
    private static final DateTimeFormatter AXON_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StoreFacts store;
    private final CommandClient client;
    private final Ledger ledger;

    GapFault(StoreFacts store, CommandClient client, Ledger ledger) {
        this.store = store;
        this.client = client;
        this.ledger = ledger;
    }

    Outcome inject(Duration hold, long seed) throws SQLException, InterruptedException {
        LocalDate today = LocalDate.now(Options.VIETNAM);
        JsonNode opened = client.open("/api/disputes", filingReceivedToday(seed, today));
        String caseId = opened.path("id").asText();
        ledger.acknowledged(caseId, opened.path("caseNumber").asText(null), opened.path("version").asLong());
        Template template = awaitTemplate();
        String eventId = UUID.randomUUID().toString();
        try (Connection connection = store.connect()) {
            connection.setAutoCommit(false);
            long globalIndex;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                        meta_data, payload, payload_revision, payload_type, time_stamp)
                    VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?) RETURNING global_index""")) {
                insert.setString(1, caseId);
                insert.setString(2, template.aggregateType);
                insert.setString(3, eventId);
                insert.setBytes(4, template.metaData.replace(template.caseId, caseId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                insert.setBytes(5, assignedToday(template.payload.replace(template.caseId, caseId), today));
                insert.setString(6, template.payloadRevision);
                insert.setString(7, TEMPLATE_TYPE);
                insert.setString(8, AXON_TIME.format(Instant.now()));
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    globalIndex = row.getLong(1);
                }
            }
            long started = System.nanoTime();
            Thread.sleep(hold.toMillis());
            long behind = store.head() - globalIndex;
            connection.commit();
            ledger.acknowledged(caseId, opened.path("caseNumber").asText(null), 1);
            return new Outcome(caseId, eventId, globalIndex, Duration.ofNanos(System.nanoTime() - started), behind);
        }
    }

    /**
     * The opening of a dispute from the demo planner, received today, so that no statutory
     * deadline of the case lapses during the run and writes to it.
     */
    private static Map<String, Object> filingReceivedToday(long seed, LocalDate today) {
        var planner = new Planner(seed ^ 0x9E3779B97F4A7C15L, today, 100);
        for (int index = 0; ; index++) {
            CasePlan plan = planner.plan(index);
            if (plan.collection().equals("/api/disputes") && plan.opening().get("exemption") == null) {
                Map<String, Object> filing = new LinkedHashMap<>(plan.opening());
                filing.put("receivedOn", today);
                filing.put("discoveredOn", today.minusDays(3));
                return filing;
            }
        }
    }

    /** Assigned on the day it was filed, so in time: nothing about the copy is late or odd for the case. */
    private static byte[] assignedToday(String payload, LocalDate today) {
        try {
            var event = (ObjectNode) JSON.readTree(payload);
            if (event.path("assignedOn").isTextual()) {
                event.put("assignedOn", today.toString());
            }
            event.put("late", false);
            return JSON.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException("The stored " + TEMPLATE_TYPE + " is not JSON: " + payload, e);
        }
    }

    private record Template(String caseId, String aggregateType, String metaData, String payload,
                            String payloadRevision) {
    }

    /** A mediator assignment the load has stored, whose stored form the injected event copies. */
    private Template awaitTemplate() throws SQLException, InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            try (Connection connection = store.connect(); PreparedStatement select = connection.prepareStatement("""
                    SELECT aggregate_identifier, type, convert_from(meta_data, 'UTF8'), convert_from(payload, 'UTF8'),
                           payload_revision
                    FROM domain_event_entry WHERE payload_type = ? ORDER BY global_index LIMIT 1""")) {
                select.setString(1, TEMPLATE_TYPE);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        return new Template(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                                row.getString(5));
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The load stored no " + TEMPLATE_TYPE + " to copy within a minute");
    }
}
