package vn.laborcases.api.arrears;

import java.util.List;
import vn.laborcases.api.personaldata.SealedPersonalData;

/**
 * Workers were named in a complaint, on registration or later: each is a data subject of its
 * own, and the event holds only their sealed identities. Erasing a worker destroys the key and
 * leaves this event in place.
 */
public record WorkersNamedEvent(ComplaintId complaintId, List<SealedPersonalData> workers) {
}
