package vn.laborcases.api.dispute;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

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
