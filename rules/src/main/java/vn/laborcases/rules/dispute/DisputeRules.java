package vn.laborcases.rules.dispute;

import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.api.dispute.Forum;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The labor-dispute periods and thresholds of one rule set (Labor Code 45/2019 Arts 188-210,
 * Decree 145/2020 Art 95). Values marked (verify) in DOMAIN.md are kept here as data.
 *
 * @param timeBarMonths months from discovery within which each forum may be asked (Art 190);
 *                      a forum with no entry has no time bar for that kind of dispute
 * @param strikeApprovalPercent a strike needs strictly more than this share of those consulted
 */
public record DisputeRules(
        int mediatorAssignmentWorkingDays,
        int mediationWorkingDays,
        int mediationRecordsDeliveryWorkingDays,
        int mediationAbsencesToFail,
        int arbitrationPanelFormationWorkingDays,
        int arbitrationDecisionDays,
        Map<DisputeKind, Map<Forum, Integer>> timeBarMonths,
        int strikeEmployerNoticeDays,
        int strikeNoticeWorkingDays,
        int strikeApprovalPercent) {

    public DisputeRules {
        timeBarMonths = Map.copyOf(Objects.requireNonNull(timeBarMonths, "timeBarMonths"));
    }

    public Optional<Integer> timeBarMonths(DisputeKind kind, Forum forum) {
        return Optional.ofNullable(timeBarMonths.getOrDefault(kind, Map.of()).get(forum));
    }
}
