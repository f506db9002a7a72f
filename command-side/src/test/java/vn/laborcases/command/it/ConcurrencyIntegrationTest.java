package vn.laborcases.command.it;

import vn.laborcases.testsupport.Http;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.it.DisputeRequestsJson.TODAY;
import static vn.laborcases.command.it.DisputeRequestsJson.dated;
import static vn.laborcases.command.it.DisputeRequestsJson.individualDispute;

/** Concurrent writers never lose an update, and concurrent filings never share a case number. */
class ConcurrencyIntegrationTest {

    private final Http http = SharedCommandSide.http();

    @Test
    void twoWritersOnTheSameVersion_oneSucceedsAndTheOtherGets409() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = http.post("/api/disputes", individualDispute(TODAY.minusDays(10), TODAY.minusDays(5)))
                    .json().get("id").asText();

            List<Integer> statuses = Race.of(2, writer -> http.post("/api/disputes/" + id + "/mediator",
                    dated("assignedOn", TODAY, "\"mediatorId\":\"mediator-" + writer + "\""), "If-Match", "\"0\"")
                    .status());

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(StoredEvents.types(SharedCommandSide.DATABASE, id))
                    .containsExactly("DisputeFiledEvent", "MediatorAssignedEvent");
        }
    }

    @Test
    void concurrentFilingsInOneProvinceAndYear_getDistinctCaseNumbers() throws Exception {
        List<String> numbers = Race.of(12, writer -> http.post("/api/disputes",
                        individualDispute(TODAY.minusDays(10), TODAY.minusDays(5)))
                .json().get("caseNumber").asText());

        assertThat(numbers).doesNotHaveDuplicates().hasSize(12);
    }
}
