package vn.laborcases.api.dispute;

import java.time.LocalDate;

/**
 * The time bar of Art 190 as checked for one forum: the last day to request it, after adding the tolled days. limitOn is null where no time bar applies.
 */
public record TimeBarCheck(
        Forum forum,
        LocalDate discoveredOn,
        LocalDate requestedOn,
        LocalDate limitOn,
        long tolledDays,
        boolean barred,
        TimeBarOverride override,
        String legalBasis) {
}
