package vn.laborcases.api.dispute;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifies a labor-dispute case. */
public record DisputeId(UUID value) {

    public DisputeId {
        Objects.requireNonNull(value, "DisputeId");
    }

    public static DisputeId create() {
        return new DisputeId(UUID.randomUUID());
    }

    /**
     * The dispute filed when a complaint's triage asks for a new one: derived from the
     * complaint, so that handling the triage twice can never file two disputes.
     */
    public static DisputeId openedOnTriageOf(UUID complaint) {
        return new DisputeId(UUID.nameUUIDFromBytes(("dispute-on-triage-of:" + complaint)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static DisputeId of(String value) {
        return new DisputeId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
