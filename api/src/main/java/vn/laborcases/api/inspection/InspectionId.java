package vn.laborcases.api.inspection;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
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

    /**
     * The inspection opened when a case is referred to inspection: derived from the referring
     * case, so that handling the referral twice can never open two inspections.
     */
    public static InspectionId openedOnReferralOf(UUID referringCase) {
        return new InspectionId(UUID.nameUUIDFromBytes(("inspection-on-referral-of:" + referringCase)
                .getBytes(StandardCharsets.UTF_8)));
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
