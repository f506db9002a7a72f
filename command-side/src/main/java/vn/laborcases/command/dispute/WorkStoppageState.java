package vn.laborcases.command.dispute;

import vn.laborcases.api.Province;
import vn.laborcases.api.dispute.StrikeViolation;
import vn.laborcases.command.CaseState;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Where a recorded work stoppage stands after a command. */
public record WorkStoppageState(
        UUID id,
        String caseNumber,
        long version,
        Province province,
        int workersInvolved,
        LocalDate startedOn,
        LocalDate endedOn,
        boolean lawful,
        List<StrikeViolation> violations) implements CaseState {
}
