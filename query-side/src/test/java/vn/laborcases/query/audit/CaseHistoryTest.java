package vn.laborcases.query.audit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.laborcases.eventstore.personaldata.Disclosure;
import vn.laborcases.query.security.AllProvinces;
import vn.laborcases.query.web.UnknownResourceException;
import vn.laborcases.testsupport.TestDatabase;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A case's history read from stored rows of the event store (as the command side writes them),
 * with a correction: the history shows both events, each pointing at the other.
 */
class CaseHistoryTest {

    private static final String CASE = UUID.randomUUID().toString();
    private static final String LINE_EVENT = UUID.randomUUID().toString();
    private static final String CORRECTION = UUID.randomUUID().toString();
    private static JdbcClient jdbc;
    private static CaseHistory history;

    @BeforeAll
    static void storeACaseWithACorrection() {
        TestDatabase db = TestDatabase.create();
        jdbc = JdbcClient.create(new DriverManagerDataSource(db.url(), db.user(), db.password()));
        jdbc.sql("""
                CREATE TABLE domain_event_entry (global_index BIGSERIAL PRIMARY KEY,
                  aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, type VARCHAR(255),
                  event_identifier VARCHAR(255) NOT NULL UNIQUE, meta_data BYTEA, payload BYTEA NOT NULL,
                  payload_revision VARCHAR(255), payload_type VARCHAR(255) NOT NULL, time_stamp VARCHAR(255) NOT NULL,
                  UNIQUE (aggregate_identifier, sequence_number))""").update();
        store(0, UUID.randomUUID().toString(), "ComplaintRegisteredEvent", """
                {"complaintId":"%s","caseNumber":"WA-79-2026-000001","province":"HO_CHI_MINH",
                 "enterpriseTaxCode":"0314567890","enterpriseName":"Công ty May","region":"I","complainant":"UNION",
                 "workersAffected":40,"summary":"Unpaid","receivedOn":"2026-03-02","deadlines":[],
                 "ruleSetVersion":"2026.1"}""".formatted(CASE));
        store(1, LINE_EVENT, "ClaimLineAddedEvent", """
                {"complaintId":"%s","lineNo":1,"kind":"WAGES","periodFrom":"2026-01","periodTo":"2026-01",
                 "principal":200000000,"dueOn":"2026-02-05"}""".formatted(CASE));
        store(2, CORRECTION, "ClaimLineCorrectedEvent", """
                {"complaintId":"%s","lineNo":1,"kind":"WAGES","correctsEventId":"%s",
                 "previous":{"periodFrom":"2026-01","periodTo":"2026-01","principal":200000000},
                 "corrected":{"periodFrom":"2026-01","periodTo":"2026-01","principal":150000000}}"""
                .formatted(CASE, LINE_EVENT));
        // No event here names a worker, so nothing is ever disclosed.
        history = new CaseHistory(new EventStoreReader(jdbc), Sentences.load(), new Disclosure(null, null, null),
                new AllProvinces());
    }

    private static void store(long sequence, String eventId, String type, String payload) {
        jdbc.sql("""
                        INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                          meta_data, payload, payload_type, time_stamp)
                        VALUES (:case, :sequence, 'ComplaintCase', :eventId, :meta, :payload, :type, :at)""")
                .param("case", CASE).param("sequence", sequence).param("eventId", eventId)
                .param("meta", """
                        {"actor":"insp-42","role":"INSPECTOR","reason":"Bank statement","legalBasis":"Decree 24/2018",
                         "businessTime":"2026-03-0%dT00:00+07:00","correlationId":"corr-1","causationId":"cause-%d",
                         "commandId":"cmd-%d","commandName":"Cmd","documentHashes":"aa,bb"}"""
                        .formatted(sequence + 2, sequence, sequence).getBytes(StandardCharsets.UTF_8))
                .param("payload", payload.getBytes(StandardCharsets.UTF_8))
                .param("type", "vn.laborcases.api.arrears." + type).param("at", "2026-03-04T02:00:0" + sequence + "Z")
                .update();
    }

    @Test
    void aCorrectionAndTheEventItCorrectsPointAtEachOther() {
        List<AuditEntry> entries = history.page(CASE, 0, 50).items();
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("ComplaintRegistered", "ClaimLineAdded", "ClaimLineCorrected");
        AuditEntry line = entries.get(1);
        AuditEntry correction = entries.get(2);
        assertThat(line.correctedBy()).containsExactly(CORRECTION);
        assertThat(line.corrects()).isNull();
        assertThat(correction.corrects()).isEqualTo(LINE_EVENT);
        assertThat(correction.correctedBy()).isEmpty();
        assertThat(correction.sentence()).isEqualTo("Inspector insp-42 corrected claim line 1 (wages) of case "
                + "WA-79-2026-000001, correcting event " + LINE_EVENT + ": principal 200,000,000 VND is now "
                + "150,000,000 VND, for January 2026 to January 2026.");
        assertThat(line.payload()).containsEntry("principal", 200_000_000);
    }

    @Test
    void everyEntryCarriesTheEnvelopeAndTheCase() {
        AuditEntry opened = history.page(CASE, 0, 1).items().get(0);
        assertThat(opened.caseType()).isEqualTo("WAGE_ARREARS");
        assertThat(opened.caseNumber()).isEqualTo("WA-79-2026-000001");
        assertThat(opened.ruleSetVersion()).isEqualTo("2026.1");
        assertThat(opened.businessTime()).isEqualTo("2026-03-02T00:00+07:00");
        assertThat(opened.recordedAt()).isEqualTo("2026-03-04T02:00:00Z");
        assertThat(List.of(opened.actor(), opened.role(), opened.reason(), opened.legalBasis(), opened.correlationId(),
                opened.causationId(), opened.commandId(), opened.commandName())).containsExactly("insp-42",
                "INSPECTOR", "Bank statement", "Decree 24/2018", "corr-1", "cause-0", "cmd-0", "Cmd");
        assertThat(opened.documentHashes()).containsExactly("aa", "bb");
    }

    @Test
    void pagesFollowTheSequenceAndTheExportHoldsEveryEvent() {
        CaseHistory.HistoryPage first = history.page(CASE, 0, 2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.nextFromSequence()).isEqualTo(2);
        CaseHistory.HistoryPage last = history.page(CASE, first.nextFromSequence(), 2);
        assertThat(last.items()).extracting(AuditEntry::eventId).containsExactly(CORRECTION);
        assertThat(last.nextFromSequence()).isNull();

        List<String> exported = new ArrayList<>();
        history.export(CASE).accept(entry -> exported.add(entry.eventId()));
        assertThat(exported).hasSize(3).endsWith(LINE_EVENT, CORRECTION);
        assertThatThrownBy(() -> history.export(UUID.randomUUID().toString()))
                .isInstanceOf(UnknownResourceException.class);
    }
}
