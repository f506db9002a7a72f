package vn.laborcases.demo.it;

import vn.laborcases.testsupport.CommandSideProcess;
import org.junit.jupiter.api.Test;
import vn.laborcases.demo.DemoData;
import vn.laborcases.demo.Options;
import vn.laborcases.demo.Options.Credentials;
import vn.laborcases.demo.Summary;
import vn.laborcases.testsupport.TestDatabase;
import vn.laborcases.testsupport.TestUsers;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator against the real command side: every command accepted, events for every case type. */
class DemoDataIntegrationTest {

    @Test
    void generatesCasesOfEveryTypeThroughTheCommandApi() throws Exception {
        TestDatabase database = TestDatabase.create();
        try (var commandSide = CommandSideProcess.start(database)) {
            var tester = new Credentials(TestUsers.TESTER.username(), TestUsers.TESTER.password(), null);
            Options options = Options.of(commandSide.url(), 60, 42, 4).withCredentials(tester, tester);
            var output = new ByteArrayOutputStream();

            Summary summary = DemoData.generate(options, new PrintStream(output, true, StandardCharsets.UTF_8));

            assertThat(summary.failures()).as(output.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(summary.cases()).isEqualTo(60);
            assertThat(summary.overtaken()).isZero();
            // Every request was answered 2xx the first time: no retries, no refusals.
            assertThat(summary.requests()).isEqualTo(summary.commands());
            assertThat(eventsByAggregateType(database)).containsKeys("DisputeCase", "ComplaintCase", "InspectionCase")
                    .allSatisfy((type, count) -> assertThat(count).isPositive());
        }
    }

    private static Map<String, Long> eventsByAggregateType(TestDatabase database) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (var connection = database.connect();
             ResultSet rows = connection.createStatement()
                     .executeQuery("SELECT type, count(*) FROM domain_event_entry GROUP BY type")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
