package vn.laborcases.command.inspection;

import vn.laborcases.api.inspection.*;
import vn.laborcases.command.CaseRuleViolationException;
import vn.laborcases.command.Corrections;
import vn.laborcases.command.LatestRecord;
import vn.laborcases.command.inspection.InspectionState.Finding;
import vn.laborcases.command.inspection.InspectionState.Remediation;
import vn.laborcases.command.inspection.InspectionState.Sanction;
import vn.laborcases.rules.Law;
import vn.laborcases.rules.RuleBreach;
import vn.laborcases.rules.RuleSet;
import vn.laborcases.rules.inspection.Fines;
import vn.laborcases.rules.inspection.InspectionArticles;
import vn.laborcases.rules.inspection.RepeatViolations;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static vn.laborcases.api.inspection.InspectionStatus.CONCLUDED;
import static vn.laborcases.api.inspection.InspectionStatus.IN_FIELDWORK;

/**
 * The decisions on findings, fines (Decree 12/2022/ND-CP) and remediation of an inspection. Each
 * reads the case file and returns the event to record, or refuses.
 */
final class InspectionEnforcement {

    /** The part of the scope a category of violation belongs to; OTHER fits any scope. */
    private static final Map<ViolationCategory, InspectionScope> SCOPE_OF = Map.of(
            ViolationCategory.WAGES_LATE_OR_SHORT, InspectionScope.LABOR_LAW,
            ViolationCategory.BELOW_MINIMUM_WAGE, InspectionScope.LABOR_LAW,
            ViolationCategory.SI_LATE_OR_WRONG_LEVEL, InspectionScope.SOCIAL_INSURANCE,
            ViolationCategory.SI_NOT_PAID, InspectionScope.SOCIAL_INSURANCE,
            ViolationCategory.OSH, InspectionScope.OSH);

    private InspectionEnforcement() {
    }

    static FindingRecordedEvent finding(InspectionCase inspection, RecordFindingCommand command, Law law,
                                        FindingHistory history) {
        if (inspection.isBefore(IN_FIELDWORK) || !inspection.isBefore(CONCLUDED)) {
            throw new CaseRuleViolationException(InspectionArticles.INSPECTION_PROCEDURE,
                    "Findings are recorded from the start of the fieldwork until the conclusion; the inspection is "
                            + inspection.status + ".");
        }
        if (inspection.findings.containsKey(command.findingId())) {
            throw new CaseRuleViolationException(null, "Finding " + command.findingId() + " is already recorded.");
        }
        InspectionScope needed = SCOPE_OF.get(command.category());
        if (needed != null && !inspection.scope.contains(needed)) {
            throw new CaseRuleViolationException(InspectionArticles.INSPECTION_PROCEDURE,
                    "A %s finding needs %s in the inspection's scope, which is %s.".formatted(command.category(),
                            needed, inspection.scope));
        }
        if (command.workersAffected() < 0 || command.amountOwed() < 0) {
            throw new CaseRuleViolationException(null, "Workers affected and the amount owed cannot be negative.");
        }
        if (command.foundOn().isBefore(inspection.fieldworkStartedOn)) {
            throw new CaseRuleViolationException(null, "A finding cannot date (%s) from before the fieldwork began (%s)."
                    .formatted(command.foundOn(), inspection.fieldworkStartedOn));
        }
        RuleSet rules = law.on(command.foundOn());
        var taxCode = inspection.enterprise.taxCode();
        Optional<PriorFinding> prior = history.latest(taxCode, command.category(),
                RepeatViolations.windowStart(command.foundOn(), rules.inspections()), command.foundOn(), inspection.id)
                .filter(p -> RepeatViolations.isRepeat(p.foundOn(), command.foundOn(), rules.inspections()));
        return new FindingRecordedEvent(inspection.id, command.findingId(), taxCode, command.category(),
                command.legalBasis(), command.description(), command.workersAffected(), command.amountOwed(),
                command.foundOn(), prior.isPresent(), prior.orElse(null), rules.inspections().repeatWindowMonths(),
                rules.version());
    }

    /**
     * A finding recorded wrongly gets its right workers affected, amount owed or description. Its
     * category stays: whether later findings repeat this one depends on it, so a wrong category is
     * put right by recording the right finding instead.
     */
    static FindingCorrectedEvent correction(InspectionCase inspection, CorrectFindingCommand command) {
        Corrections.requireReason(command.reason());
        Finding finding = finding(inspection, command.findingId());
        String fact = "finding " + finding.findingId();
        LatestRecord latest = inspection.findingRecords.get(finding.findingId());
        latest.requireCorrects(command.corrects(), fact);
        FindingFacts corrected = new FindingFacts(
                Corrections.givenOrKept(command.workersAffected(), finding.workersAffected()),
                Corrections.givenOrKept(command.amountOwed(), finding.amountOwed()),
                Corrections.givenOrKept(command.description(), finding.description()));
        if (corrected.workersAffected() < 0 || corrected.amountOwed() < 0) {
            throw new IllegalArgumentException("Workers affected and the amount owed cannot be negative.");
        }
        Corrections.requireChange(finding.facts(), corrected, fact);
        return new FindingCorrectedEvent(inspection.id, finding.findingId(), latest.eventId(), finding.facts(),
                corrected);
    }

    static SanctionImposedEvent sanction(InspectionCase inspection, ImposeSanctionCommand command, Law law) {
        if (inspection.status != CONCLUDED) {
            throw new CaseRuleViolationException(InspectionArticles.SANCTIONS,
                    "Fines are imposed on the inspection's conclusion; the inspection is " + inspection.status + ".");
        }
        if (inspection.sanctions.containsKey(command.sanctionId())) {
            throw new CaseRuleViolationException(null, "Sanction " + command.sanctionId() + " is already recorded.");
        }
        Finding finding = finding(inspection, command.findingId());
        RuleSet rules = law.on(command.imposedOn());
        FineBand band = Fines.band(finding.category(), finding.workersAffected(), finding.amountOwed(),
                command.offender(), rules.inspections()).orElseThrow(() -> new CaseRuleViolationException(
                InspectionArticles.SANCTIONS, "Rule set %s has no fine band for %s, so no fine can be checked; add the band to rule-sets.json."
                .formatted(rules.version(), finding.category())));
        refuse(Fines.outside(band, command.amount()));
        return new SanctionImposedEvent(inspection.id, command.sanctionId(), command.findingId(), finding.category(),
                command.offender(), command.amount(), band, command.decisionNumber(), command.imposedOn(),
                rules.version());
    }

    static SanctionAmendedEvent amendment(InspectionCase inspection, AmendSanctionCommand command) {
        Sanction sanction = sanction(inspection, command.sanctionId());
        InspectionCase.requireReason(command.reason(), "An amendment or settlement needs a reason.");
        refuse(Fines.outside(sanction.band(), command.newAmount()));
        if (command.newAmount() < sanction.paid()) {
            throw new CaseRuleViolationException(InspectionArticles.SANCTIONS,
                    "%,d VND has already been paid; the fine cannot become less than that.".formatted(sanction.paid()));
        }
        return new SanctionAmendedEvent(inspection.id, command.sanctionId(), command.change(),
                sanction.initialAmount(), sanction.currentAmount(), command.newAmount(), sanction.band(),
                command.amendedOn(), command.reason());
    }

    static FinePaidEvent payment(InspectionCase inspection, RecordFinePaymentCommand command) {
        Sanction sanction = sanction(inspection, command.sanctionId());
        if (command.amount() <= 0) {
            throw new CaseRuleViolationException(null, "A payment is a positive amount of VND.");
        }
        if (command.amount() > sanction.outstanding()) {
            throw new CaseRuleViolationException(InspectionArticles.SANCTIONS,
                    "A payment of %,d VND is more than the %,d VND still due on this fine."
                            .formatted(command.amount(), sanction.outstanding()));
        }
        long totalPaid = sanction.paid() + command.amount();
        return new FinePaidEvent(inspection.id, command.sanctionId(), command.amount(), command.paidOn(), totalPaid,
                sanction.currentAmount() - totalPaid);
    }

    static RemediationOrderedEvent remediation(InspectionCase inspection, OrderRemediationCommand command) {
        if (inspection.status != CONCLUDED) {
            throw new CaseRuleViolationException(InspectionArticles.SANCTIONS,
                    "Remediation is ordered on the inspection's conclusion; the inspection is " + inspection.status + ".");
        }
        if (inspection.remediations.containsKey(command.remediationId())) {
            throw new CaseRuleViolationException(null, "Remediation " + command.remediationId() + " is already recorded.");
        }
        finding(inspection, command.findingId());
        if (!command.dueOn().isAfter(command.orderedOn())) {
            throw new CaseRuleViolationException(null, "A remediation is due after the day it is ordered (%s); got %s."
                    .formatted(command.orderedOn(), command.dueOn()));
        }
        return new RemediationOrderedEvent(inspection.id, command.remediationId(), command.findingId(),
                command.action(), command.orderedOn(), command.dueOn());
    }

    static RemediationVerifiedEvent verification(InspectionCase inspection, VerifyRemediationCommand command) {
        Remediation remediation = unresolved(inspection, command.remediationId(), "verify");
        return new RemediationVerifiedEvent(inspection.id, command.remediationId(), command.verifiedOn(),
                command.note(), command.verifiedOn().isAfter(remediation.dueOn()));
    }

    static RemediationWaivedEvent waiver(InspectionCase inspection, WaiveRemediationCommand command) {
        unresolved(inspection, command.remediationId(), "waive");
        InspectionCase.requireReason(command.reason(), "A waiver needs a reason.");
        InspectionCase.requireReason(command.approvedBy(), "A waiver needs the person who approved it.");
        return new RemediationWaivedEvent(inspection.id, command.remediationId(), command.waivedOn(),
                command.reason(), command.approvedBy());
    }

    /** The first remediation that is neither verified nor waived, which keeps the case from closing. */
    static Optional<RuleBreach> unresolvedRemediation(InspectionCase inspection) {
        return inspection.remediations.values().stream()
                .filter(r -> r.status() == RemediationStatus.OPEN || r.status() == RemediationStatus.OVERDUE)
                .findFirst()
                .map(r -> new RuleBreach(InspectionArticles.SANCTIONS,
                        "Remediation %s (\"%s\", due %s) is %s; verify it, or record a waiver with a reason and an approver, before closing."
                                .formatted(r.remediationId(), r.action(), r.dueOn(), r.status())));
    }

    private static Remediation unresolved(InspectionCase inspection, UUID remediationId, String step) {
        Remediation remediation = inspection.remediations.get(remediationId);
        if (remediation == null) {
            throw new CaseRuleViolationException(null, "No remediation " + remediationId + " was ordered in this case.");
        }
        if (remediation.status() == RemediationStatus.VERIFIED || remediation.status() == RemediationStatus.WAIVED) {
            throw new CaseRuleViolationException(null, "Cannot %s remediation %s: it is already %s."
                    .formatted(step, remediationId, remediation.status()));
        }
        return remediation;
    }

    private static Finding finding(InspectionCase inspection, UUID findingId) {
        Finding finding = inspection.findings.get(findingId);
        if (finding == null) {
            throw new CaseRuleViolationException(null, "No finding " + findingId + " is recorded in this case.");
        }
        return finding;
    }

    private static Sanction sanction(InspectionCase inspection, UUID sanctionId) {
        Sanction sanction = inspection.sanctions.get(sanctionId);
        if (sanction == null) {
            throw new CaseRuleViolationException(null, "No fine " + sanctionId + " was imposed in this case.");
        }
        return sanction;
    }

    private static void refuse(Optional<RuleBreach> breach) {
        breach.ifPresent(b -> {
            throw new CaseRuleViolationException(b);
        });
    }
}
