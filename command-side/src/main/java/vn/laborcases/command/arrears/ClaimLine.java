package vn.laborcases.command.arrears;

import vn.laborcases.api.arrears.ClaimKind;
import vn.laborcases.api.arrears.ClaimLineAddedEvent;
import vn.laborcases.rules.arrears.MinimumWages;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A claim line as the case file holds it. The period is a range of whole months, from and to
 * inclusive (a single month has from == to), because wages and contributions are owed per month.
 * evasionFrom is set for contribution lines only.
 */
record ClaimLine(int lineNo, ClaimKind kind, YearMonth periodFrom, YearMonth periodTo, long principal,
                 LocalDate dueOn, Long monthlyWagePerWorker, boolean belowMinimumWage, LocalDate evasionFrom) {

    static ClaimLine from(ClaimLineAddedEvent event) {
        return new ClaimLine(event.lineNo(), event.kind(), event.periodFrom(), event.periodTo(), event.principal(),
                event.dueOn(), event.monthlyWagePerWorker(), MinimumWages.belowMinimum(event.minimumWage()),
                event.evasionFrom());
    }
}
