package vn.laborcases.rules.dispute;

import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.api.dispute.Forum;
import vn.laborcases.api.dispute.MediationExemption;
import vn.laborcases.rules.RuleBreach;

import java.util.Optional;

/**
 * Which forum a dispute may go to first (Arts 187, 188(1), 191, 195): a labor mediator,
 * except for the Art 188(1) categories of individual dispute. Interest disputes never skip
 * mediation, and never go to court.
 */
public final class Forums {

    private Forums() {
    }

    public static Optional<RuleBreach> firstForumBreach(DisputeKind kind, MediationExemption exemption, Forum forum) {
        if (exemption != null && kind != DisputeKind.INDIVIDUAL) {
            return Optional.of(new RuleBreach(DisputeArticles.MEDIATION_MANDATORY,
                    "Only individual disputes can be exempt from mediation; " + describe(kind)
                            + " goes to a labor mediator first. Remove the exemption."));
        }
        if (forum == Forum.MEDIATION) {
            return Optional.empty();
        }
        if (kind == DisputeKind.COLLECTIVE_INTERESTS && forum == Forum.COURT) {
            return courtRefusedForInterests();
        }
        if (exemption == null) {
            return Optional.of(new RuleBreach(DisputeArticles.MEDIATION_MANDATORY,
                    "Mediation is mandatory for " + describe(kind)
                            + " unless it falls in an Art 188(1) category; file it with forum MEDIATION,"
                            + " or name the exemption that applies."));
        }
        return Optional.empty();
    }

    /** Interest disputes are settled by arbitration or a strike, never by a court (Arts 195-197). */
    public static Optional<RuleBreach> courtRefusedForInterests() {
        return Optional.of(new RuleBreach(DisputeArticles.INTEREST_DISPUTE_FORUMS,
                "A collective dispute about interests goes to arbitration or, under the strike procedure, to a"
                        + " strike; the court does not resolve it."));
    }

    static String describe(DisputeKind kind) {
        return switch (kind) {
            case INDIVIDUAL -> "an individual dispute";
            case COLLECTIVE_RIGHTS -> "a collective dispute about rights";
            case COLLECTIVE_INTERESTS -> "a collective dispute about interests";
        };
    }
}
