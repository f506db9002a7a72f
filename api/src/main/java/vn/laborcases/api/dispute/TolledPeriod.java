package vn.laborcases.api.dispute;

import java.time.LocalDate;
import vn.laborcases.api.DocumentRef;

/**
 * A period that does not count towards the time bar (Art 190(4)): force majeure or an objective obstacle, which the requester must prove.
 */
public record TolledPeriod(
        LocalDate from,
        LocalDate to,
        String reason,
        DocumentRef evidence) {
}
