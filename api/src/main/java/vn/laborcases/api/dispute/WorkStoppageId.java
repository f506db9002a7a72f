package vn.laborcases.api.dispute;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a recorded work stoppage. */
public record WorkStoppageId(UUID value) {

    public WorkStoppageId {
        Objects.requireNonNull(value, "WorkStoppageId");
    }

    public static WorkStoppageId create() {
        return new WorkStoppageId(UUID.randomUUID());
    }

    @JsonCreator
    public static WorkStoppageId of(String value) {
        return new WorkStoppageId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
