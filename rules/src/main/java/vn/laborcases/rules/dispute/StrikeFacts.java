package vn.laborcases.rules.dispute;

import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.api.dispute.DisputeStatus;

import java.time.LocalDate;

/**
 * What is known of a strike when a step is recorded. Fields of steps not taken yet are null;
 * {@code startedOn} is null until the strike begins, so the checks of the start wait for it.
 */
public record StrikeFacts(
        DisputeKind disputeKind,
        DisputeStatus disputeStatus,
        Boolean organiserHasBargainingRights,
        LocalDate employerNotifiedOn,
        LocalDate collectionStartsOn,
        Integer consulted,
        Integer inFavour,
        LocalDate noticeSentOn,
        LocalDate plannedStartOn,
        LocalDate startedOn,
        boolean workplaceOnBannedList,
        LocalDate postponedUntil,
        boolean cancelled) {

    public StrikeFacts withDecision(int consulted, int inFavour) {
        return new StrikeFacts(disputeKind, disputeStatus, organiserHasBargainingRights, employerNotifiedOn,
                collectionStartsOn, consulted, inFavour, noticeSentOn, plannedStartOn, startedOn,
                workplaceOnBannedList, postponedUntil, cancelled);
    }

    public StrikeFacts withNotice(LocalDate noticeSentOn, LocalDate plannedStartOn) {
        return new StrikeFacts(disputeKind, disputeStatus, organiserHasBargainingRights, employerNotifiedOn,
                collectionStartsOn, consulted, inFavour, noticeSentOn, plannedStartOn, startedOn,
                workplaceOnBannedList, postponedUntil, cancelled);
    }

    public StrikeFacts withStart(LocalDate startedOn, boolean workplaceOnBannedList) {
        return new StrikeFacts(disputeKind, disputeStatus, organiserHasBargainingRights, employerNotifiedOn,
                collectionStartsOn, consulted, inFavour, noticeSentOn, plannedStartOn, startedOn,
                workplaceOnBannedList, postponedUntil, cancelled);
    }
}
