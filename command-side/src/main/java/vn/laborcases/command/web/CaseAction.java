package vn.laborcases.command.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import vn.laborcases.api.DocumentRef;

import java.time.LocalDate;
import java.util.List;

/**
 * What every inspector's request carries besides its own facts: the envelope's reason, legal
 * basis and documents, the business date of the step, and optionally the case version the
 * inspector saw.
 * <p>
 * Who acts is never the request's to say: an actor, role, on-behalf-of or jurisdiction named in
 * a body is ignored, and the envelope takes the authenticated caller's.
 */
@JsonIgnoreProperties({"actor", "role", "onBehalfOf", "jurisdiction"})
public interface CaseAction {

    /** The day the step happened; it becomes the envelope's business time. */
    LocalDate businessDate();

    String reason();

    String legalBasis();

    List<DocumentRef> documents();

    /** The version the inspector last saw; null to skip the check. If-Match does the same. */
    default Long expectedVersion() {
        return null;
    }
}
