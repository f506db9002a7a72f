package vn.laborcases.command.arrears;

import vn.laborcases.api.arrears.ClaimKind;
import vn.laborcases.api.arrears.ClaimLineAddedEvent;
import vn.laborcases.api.arrears.ClaimLineCorrectedEvent;
import vn.laborcases.api.arrears.ClaimLineFacts;
import vn.laborcases.api.arrears.MinimumWageCheck;
import vn.laborcases.rules.arrears.MinimumWages;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A claim line as the case file holds it. The period is a range of whole months, from and to
 * inclusive (a single month has from == to), because wages and contributions are owed per month.
 * evasionFrom is set for contribution lines only.
 */
record ClaimLine(int lineNo, ClaimKind kind, YearMonth periodFrom, YearMonth periodTo, long principal,
                 LocalDate dueOn, Long monthlyWagePerWorker, MinimumWageCheck minimumWage, LocalDate evasionFrom) {

    static ClaimLine from(ClaimLineAddedEvent event) {
        return new ClaimLine(event.lineNo(), event.kind(), event.periodFrom(), event.periodTo(), event.principal(),
                event.dueOn(), event.monthlyWagePerWorker(), event.minimumWage(), event.evasionFrom());
    }

    ClaimLine corrected(ClaimLineCorrectedEvent event) {
        ClaimLineFacts facts = event.corrected();
        return new ClaimLine(lineNo, kind, facts.periodFrom(), facts.periodTo(), facts.principal(), dueOn,
                facts.monthlyWagePerWorker(), facts.minimumWage(), evasionFrom);
    }

    ClaimLineFacts facts() {
        return new ClaimLineFacts(periodFrom, periodTo, principal, monthlyWagePerWorker, minimumWage);
    }

    boolean belowMinimumWage() {
        return MinimumWages.belowMinimum(minimumWage);
    }
}
