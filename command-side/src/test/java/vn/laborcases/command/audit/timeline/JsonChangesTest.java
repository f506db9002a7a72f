package vn.laborcases.command.audit.timeline;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonChangesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static List<String> described(List<JsonChanges.Change> changes) {
        return changes.stream().map(change -> change.path() + " " + change.op().label() + " " + change.before()
                + " -> " + change.after()).toList();
    }

    @Test
    void identicalDocuments_haveNoChanges() {
        assertThat(JsonChanges.between(json("{\"a\":1,\"b\":[1,{\"c\":null}]}"), json("{\"b\":[1,{\"c\":null}],\"a\":1}")))
                .isEmpty();
    }

    @Test
    void leavesChangeAtTheirJsonPointer_andMembersAppearOrDisappearWhole() {
        var changes = JsonChanges.between(
                json("{\"status\":\"ACCEPTED\",\"paid\":0,\"gone\":{\"x\":1},\"linkedDispute\":null}"),
                json("{\"status\":\"CLOSED\",\"paid\":50,\"linkedDispute\":\"d-1\",\"referredTo\":{\"x\":2}}"));
        assertThat(described(changes)).containsExactly(
                "/status changed \"ACCEPTED\" -> \"CLOSED\"",
                "/paid changed 0 -> 50",
                "/gone removed {\"x\":1} -> null",
                "/linkedDispute changed null -> \"d-1\"",
                "/referredTo added null -> {\"x\":2}");
    }

    @Test
    void arraysCompareByPosition() {
        var changes = JsonChanges.between(json("{\"lines\":[{\"paid\":0},{\"paid\":0}]}"),
                json("{\"lines\":[{\"paid\":50},{\"paid\":0},{\"paid\":1}]}"));
        assertThat(described(changes)).containsExactly(
                "/lines/0/paid changed 0 -> 50",
                "/lines/2 added null -> {\"paid\":1}");
        assertThat(described(JsonChanges.between(json("[1,2]"), json("[1]")))).containsExactly("/1 removed 2 -> null");
    }

    @Test
    void aValueThatChangesKind_isOneChange() {
        assertThat(described(JsonChanges.between(json("{\"a\":[1]}"), json("{\"a\":{\"b\":1}}"))))
                .containsExactly("/a changed [1] -> {\"b\":1}");
    }

    @Test
    void namesWithSlashOrTilde_areEscapedAsRfc6901Says() {
        assertThat(JsonChanges.between(json("{\"a/b~c\":1}"), json("{\"a/b~c\":2}")).get(0).path())
                .isEqualTo("/a~1b~0c");
    }

    @Test
    void fromNothing_everyTopLevelFieldIsAdded_andToNothingRemoved() {
        assertThat(described(JsonChanges.between(null, json("{\"status\":\"REGISTERED\",\"lines\":[]}"))))
                .containsExactly("/status added null -> \"REGISTERED\"", "/lines added null -> []");
        assertThat(described(JsonChanges.between(json("{\"v\":1}"), null))).containsExactly("/v removed 1 -> null");
    }
}
