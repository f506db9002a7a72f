package vn.laborcases.query.replay;

import java.util.List;

/**
 * A projection as replay sees it: its processing group (the name, also its processor's) and
 * the tables its handlers write, in creation order (a table before the tables that refer to it).
 */
public record Projection(String name, List<String> tables) {

    public Projection {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("A projection name is lower-case letters, digits and dashes: " + name);
        }
        tables = List.copyOf(tables);
    }

    /** The schema its shadow is rebuilt in; one per projection, so one replay of it at a time. */
    String shadowSchema() {
        return "shadow_" + name.replace('-', '_');
    }
}
