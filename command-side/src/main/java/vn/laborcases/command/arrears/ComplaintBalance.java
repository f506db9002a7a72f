package vn.laborcases.command.arrears;

import vn.laborcases.command.CaseState;
import vn.laborcases.rules.arrears.ArrearsBalance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The balance of a complaint as of a date, computed by {@link ArrearsBalance} from the case file. */
public record ComplaintBalance(
        UUID id,
        String caseNumber,
        long version,
        LocalDate asOf,
        List<ArrearsBalance.LineBalance> lines,
        long owed,
        long paid,
        long outstanding,
        long interest) implements CaseState {
}
