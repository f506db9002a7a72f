package vn.laborcases.rules.inspection;

import vn.laborcases.api.inspection.ViolationCategory;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The inspection periods, the repeat-violation window and the fine bands of one rule set.
 * The provincial duration cap and its extensions are (verify) in DOMAIN.md: they live here as
 * data, and {@code durationBasis} says so in every deadline that cites them.
 *
 * @param durationCapWorkingDays      working days from the announcement to the end of fieldwork
 * @param extensionMaxWorkingDays     the longest single extension
 * @param maxExtensions               how many extensions one inspection may have
 * @param durationBasis               the provision cited for the cap, with its caveat
 * @param repeatWindowMonths          a finding repeats one of the same category found this many months before
 * @param organisationFineMultiplier  Decree 12/2022 Art 6: the bands are for individuals; organisations pay this multiple
 * @param fineBands                   per category; a category with no entry has no band on file
 */
public record InspectionRules(
        int draftConclusionWorkingDays,
        int durationCapWorkingDays,
        int extensionMaxWorkingDays,
        int maxExtensions,
        String durationBasis,
        int repeatWindowMonths,
        int organisationFineMultiplier,
        Map<ViolationCategory, FineBandRule> fineBands) {

    public InspectionRules {
        Objects.requireNonNull(durationBasis, "durationBasis");
        fineBands = Map.copyOf(Objects.requireNonNull(fineBands, "fineBands"));
        fineBands.forEach((category, rule) -> rule.validate(category));
    }

    public Optional<FineBandRule> fineBand(ViolationCategory category) {
        return Optional.ofNullable(fineBands.get(category));
    }
}
