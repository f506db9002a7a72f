package vn.laborcases.command.audit.timeline;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The two time axes of DOMAIN.md: what the file said (record time), what was true (business time). */
public enum TimeAxis {
    RECORDED,
    OCCURRED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The axis a request names, or null when the label names none. */
    static TimeAxis named(String label) {
        return Arrays.stream(values()).filter(axis -> axis.label().equals(label)).findFirst().orElse(null);
    }

    static String labels() {
        return Arrays.stream(values()).map(TimeAxis::label).collect(Collectors.joining(" or "));
    }
}
