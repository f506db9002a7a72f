package vn.laborcases.eventstore;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson configuration of everything stored: events, their metadata, snapshots and
 * tokens. Both apps must read what the other wrote, so there is exactly one.
 */
public final class StoredForm {

    private StoredForm() {
    }

    /**
     * Dates are ISO strings so the stored JSON stays readable to auditors; unknown properties
     * are tolerated so that an event written by a newer version with an added field still loads.
     */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }
}
