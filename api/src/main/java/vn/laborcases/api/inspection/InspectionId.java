package vn.laborcases.api.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies an inspection case. */
public record InspectionId(UUID value) {

    public InspectionId {
        Objects.requireNonNull(value, "InspectionId");
    }

    public static InspectionId create() {
        return new InspectionId(UUID.randomUUID());
    }

    @JsonCreator
    public static InspectionId of(String value) {
        return new InspectionId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
