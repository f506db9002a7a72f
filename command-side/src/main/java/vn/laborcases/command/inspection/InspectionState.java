package vn.laborcases.command.inspection;

import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.inspection.CaseLink;
import vn.laborcases.api.inspection.Enterprise;
import vn.laborcases.api.inspection.FindingFacts;
import vn.laborcases.api.inspection.FineBand;
import vn.laborcases.api.inspection.InspectionScope;
import vn.laborcases.api.inspection.InspectionStatus;
import vn.laborcases.api.inspection.InspectionTrigger;
import vn.laborcases.api.inspection.Offender;
import vn.laborcases.api.inspection.RemediationStatus;
import vn.laborcases.api.inspection.ViolationCategory;
import vn.laborcases.command.CaseState;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Where an inspection stands after a command: its phase, the deadlines now running (the
 * statutory ones and each open remediation's), and its findings, fines and remediations.
 */
public record InspectionState(
        UUID id,
        String caseNumber,
        long version,
        InspectionTrigger trigger,
        CaseLink source,
        List<InspectionScope> scope,
        Enterprise enterprise,
        InspectionStatus status,
        int extensions,
        List<LegalDeadline> deadlines,
        List<Finding> findings,
        List<Sanction> sanctions,
        List<Remediation> remediations) implements CaseState {

    /** A violation found; repeat is derived from the findings on file for the enterprise. */
    public record Finding(UUID findingId, ViolationCategory category, String description, int workersAffected,
                          long amountOwed, LocalDate foundOn, boolean repeat) {

        FindingFacts facts() {
            return new FindingFacts(workersAffected, amountOwed, description);
        }

        Finding corrected(FindingFacts facts) {
            return new Finding(findingId, category, facts.description(), facts.workersAffected(), facts.amountOwed(),
                    foundOn, repeat);
        }
    }

    /** A fine: the initial amount stays beside the current one; outstanding is what is still due. */
    public record Sanction(UUID sanctionId, UUID findingId, Offender offender, FineBand band, long initialAmount,
                           long currentAmount, long paid, long outstanding) {
        Sanction(UUID sanctionId, UUID findingId, Offender offender, FineBand band, long initialAmount,
                 long currentAmount, long paid) {
            this(sanctionId, findingId, offender, band, initialAmount, currentAmount, paid, currentAmount - paid);
        }
    }

    public record Remediation(UUID remediationId, UUID findingId, String action, LocalDate dueOn,
                              RemediationStatus status, LocalDate verifiedOn) {
    }
}
