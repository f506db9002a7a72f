package vn.laborcases.command.inspection;

import vn.laborcases.api.TaxCode;
import vn.laborcases.api.inspection.InspectionId;
import vn.laborcases.api.inspection.PriorFinding;
import vn.laborcases.api.inspection.ViolationCategory;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The findings on file across all inspections, for the set-based question an aggregate cannot
 * answer from its own events: did this enterprise violate the same thing before?
 */
public interface FindingHistory {

    /**
     * The latest finding of {@code category} against {@code taxCode} found from {@code from} to
     * {@code to} (both included) by an inspection other than {@code excluding}. Until the
     * calling command's transaction ends, a concurrent look-up for the same enterprise and
     * category waits, so that two simultaneous findings cannot both miss each other.
     */
    Optional<PriorFinding> latest(TaxCode taxCode, ViolationCategory category, LocalDate from, LocalDate to,
                                  InspectionId excluding);
}
