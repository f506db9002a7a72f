package vn.laborcases.api.arrears;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a wage- or SI-arrears complaint case. */
public record ComplaintId(UUID value) {

    public ComplaintId {
        Objects.requireNonNull(value, "ComplaintId");
    }

    public static ComplaintId create() {
        return new ComplaintId(UUID.randomUUID());
    }

    @JsonCreator
    public static ComplaintId of(String value) {
        return new ComplaintId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
