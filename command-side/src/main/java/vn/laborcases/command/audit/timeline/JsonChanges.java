package vn.laborcases.command.audit.timeline;

import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The differences between two JSON documents, leaf by leaf, each at its JSON Pointer (RFC
 * 6901). Arrays compare by position: a case's lists (claim lines, findings, deadlines) keep
 * their order, so position is what an auditor reads.
 */
public final class JsonChanges {

    public enum Op {
        ADDED, REMOVED, CHANGED;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One difference; {@code before} is null when added, {@code after} when removed. */
    public record Change(String path, Op op, JsonNode before, JsonNode after) {
    }

    private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();

    private JsonChanges() {
    }

    /**
     * From {@code before} to {@code after}. A null side stands for a document with nothing in
     * it (a case that did not exist yet), so that each field of the other side is added or
     * removed. An element or member that appears or disappears whole is one change.
     */
    public static List<Change> between(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        compare("", before == null ? EMPTY : before, after == null ? EMPTY : after, changes);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<Change> changes) {
        if (before == null) {
            changes.add(new Change(path, Op.ADDED, null, after));
        } else if (after == null) {
            changes.add(new Change(path, Op.REMOVED, before, null));
        } else if (before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>(before.propertyNames());
            names.addAll(after.propertyNames());
            for (String name : names) {
                compare(path + "/" + escape(name), before.get(name), after.get(name), changes);
            }
        } else if (before.isArray() && after.isArray()) {
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                compare(path + "/" + i, i < before.size() ? before.get(i) : null,
                        i < after.size() ? after.get(i) : null, changes);
            }
        } else if (!Objects.equals(before, after)) {
            changes.add(new Change(path, Op.CHANGED, before, after));
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
