package vn.laborcases.command.dispute;

import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.Province;
import vn.laborcases.api.dispute.DisputeFilingFacts;
import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.api.dispute.DisputeStatus;
import vn.laborcases.api.dispute.StrikeStage;
import vn.laborcases.api.dispute.StrikeViolation;
import vn.laborcases.command.CaseState;

import java.util.List;
import java.util.UUID;

/**
 * Where a dispute case stands after a command: what every command endpoint answers, so the
 * inspector sees the new version and the legal deadlines now running, and the filing's facts as
 * last corrected.
 */
public record DisputeState(
        UUID id,
        String caseNumber,
        long version,
        DisputeKind kind,
        Province province,
        DisputeStatus status,
        String mediatorId,
        List<LegalDeadline> deadlines,
        StrikeStage strikeStage,
        Boolean strikeLawful,
        List<StrikeViolation> strikeViolations,
        DisputeFilingFacts filing) implements CaseState {
}
