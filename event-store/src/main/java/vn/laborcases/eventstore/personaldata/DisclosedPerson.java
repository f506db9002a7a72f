package vn.laborcases.eventstore.personaldata;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * A person as a view shows it: the identity in clear for a reader whose role needs it, masked for
 * other readers, or only the subject id with erased=true once the subject's key is destroyed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisclosedPerson(UUID subjectId, String name, String idNumber, String phone, Boolean erased) {

    /** What a reader without the need to know sees instead of each field. */
    public static final String MASK = "[confidential]";

    static DisclosedPerson erased(UUID subjectId) {
        return new DisclosedPerson(subjectId, null, null, null, true);
    }

    static DisclosedPerson masked(UUID subjectId) {
        return new DisclosedPerson(subjectId, MASK, MASK, MASK, null);
    }
}
