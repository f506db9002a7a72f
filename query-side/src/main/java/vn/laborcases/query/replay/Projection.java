package vn.laborcases.query.replay;

import java.util.List;
import java.util.Set;

/**
 * A projection as replay sees it: its processing group (the name, also its processor's), the
 * tables its handlers write, in creation order (a table before the tables that refer to it), and
 * the indexes (other than keys) that its handlers find rows by. A shadow has those from the
 * start; its other indexes serve only queries, so they are built once the bulk of the events is
 * in rather than kept up to date row by row.
 */
public record Projection(String name, List<String> tables, Set<String> lookupIndexes) {

    public Projection {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("A projection name is lower-case letters, digits and dashes: " + name);
        }
        tables = List.copyOf(tables);
        lookupIndexes = Set.copyOf(lookupIndexes);
    }

    /** The schema its shadow is rebuilt in; one per projection, so one replay of it at a time. */
    String shadowSchema() {
        return "shadow_" + name.replace('-', '_');
    }
}
