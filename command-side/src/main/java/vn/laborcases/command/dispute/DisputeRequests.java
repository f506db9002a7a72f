package vn.laborcases.command.dispute;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.laborcases.api.DocumentRef;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.api.dispute.DisputeParty;
import vn.laborcases.api.dispute.Forum;
import vn.laborcases.api.dispute.MediationExemption;
import vn.laborcases.api.dispute.OpinionCollectionMethod;
import vn.laborcases.command.web.CaseAction;

import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of the dispute endpoints: the facts of each step, plus the envelope fields of
 * {@link CaseAction} (reason, legalBasis, documents, expectedVersion). Dates of things that
 * already happened cannot lie in the future.
 */
final class DisputeRequests {

    private DisputeRequests() {
    }

    record TolledPeriodRequest(@NotNull LocalDate from, @NotNull LocalDate to,
                               @NotBlank @Size(max = 2000) String reason, @NotNull DocumentRef evidence) {
        @AssertTrue(message = "a tolled period must not end before it starts")
        boolean isOrdered() {
            return from == null || to == null || !to.isBefore(from);
        }
    }

    record TimeBarOverrideRequest(@NotBlank @Size(max = 2000) String reason,
                                  @NotEmpty @Size(max = 20) List<@NotNull DocumentRef> evidence) {
    }

    record FileDispute(
            @NotNull DisputeKind kind,
            @NotNull Province province,
            @NotNull TaxCode employerTaxCode,
            @NotBlank @Size(max = 300) String employerName,
            @NotNull DisputeParty requestedBy,
            @NotBlank @Size(max = 4000) String summary,
            @Min(1) @Max(1_000_000) Integer workersInvolved,
            MediationExemption exemption,
            Forum forum,
            @NotNull @PastOrPresent LocalDate discoveredOn,
            @NotNull @PastOrPresent LocalDate receivedOn,
            @Size(max = 50) List<@NotNull @Valid TolledPeriodRequest> tolledPeriods,
            @Valid TimeBarOverrideRequest timeBarOverride,
            String reason, String legalBasis, List<DocumentRef> documents) implements CaseAction {

        @AssertTrue(message = "discoveredOn must not be after receivedOn")
        boolean isDiscoveredBeforeReceipt() {
            return discoveredOn == null || receivedOn == null || !discoveredOn.isAfter(receivedOn);
        }

        @Override
        public LocalDate businessDate() {
            return receivedOn;
        }
    }

    /** Left-out values are kept as on file; the reason is required, the business time is the filing's. */
    record CorrectFiling(@Size(max = 64) String corrects,
                         @Null(message = DATES_STAY) LocalDate discoveredOn,
                         @Null(message = DATES_STAY) LocalDate receivedOn,
                         @Min(1) @Max(1_000_000) Integer workersInvolved,
                         @Size(min = 1, max = 4000) String summary,
                         @Size(min = 1, max = 300) String employerName,
                         @NotBlank @Size(max = 2000) String reason,
                         Long expectedVersion, String legalBasis, List<DocumentRef> documents) implements CaseAction {
        @Override
        public LocalDate businessDate() {
            return null;
        }
    }

    private static final String DATES_STAY = "the filing's dates cannot be corrected here: they drive the time bar"
            + " and the deadlines, so a wrong date takes a reopening of the case";

    record AssignMediator(@NotBlank @Size(max = 100) String mediatorId, @NotNull @PastOrPresent LocalDate assignedOn,
                          Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return assignedOn;
        }
    }

    record RecordPartyAbsence(@NotNull DisputeParty party, @NotNull @PastOrPresent LocalDate sessionOn,
                              Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return sessionOn;
        }
    }

    record RecordSettlement(@NotNull @PastOrPresent LocalDate settledOn, @NotBlank @Size(max = 4000) String terms,
                            Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return settledOn;
        }
    }

    record RecordFailure(@NotNull @PastOrPresent LocalDate failedOn, @NotBlank @Size(max = 4000) String grounds,
                         Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return failedOn;
        }
    }

    record RecordRecordsDelivered(@NotNull @PastOrPresent LocalDate deliveredOn,
                                  Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return deliveredOn;
        }
    }

    record RequestArbitration(@NotNull @PastOrPresent LocalDate requestedOn,
                              @NotNull Boolean workerSideConsents, @NotNull Boolean employerSideConsents,
                              Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return requestedOn;
        }
    }

    record FormPanel(@NotNull @PastOrPresent LocalDate formedOn,
                     @NotEmpty @Size(max = 15) List<@NotBlank @Size(max = 200) String> arbitrators,
                     Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return formedOn;
        }
    }

    record IssueDecision(@NotNull @PastOrPresent LocalDate decidedOn, @NotBlank @Size(max = 4000) String decision,
                         Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return decidedOn;
        }
    }

    record RecordCompliance(@NotNull @PastOrPresent LocalDate recordedOn, @NotNull Boolean complied,
                            @Size(max = 4000) String note,
                            Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return recordedOn;
        }
    }

    record ReferToCourt(@NotNull @PastOrPresent LocalDate referredOn, @NotBlank @Size(max = 300) String court,
                        Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return referredOn;
        }
    }

    record RecordJudgment(@NotNull @PastOrPresent LocalDate judgedOn, @NotBlank @Size(max = 4000) String judgment,
                          Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return judgedOn;
        }
    }

    record StartOpinionCollection(@NotBlank @Size(max = 300) String organiser,
                                  @NotNull Boolean organiserHasBargainingRights,
                                  @NotNull OpinionCollectionMethod method,
                                  @NotNull @PastOrPresent LocalDate employerNotifiedOn,
                                  @NotNull LocalDate collectionStartsOn,
                                  Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return collectionStartsOn;
        }
    }

    record RecordStrikeDecision(@NotNull @PastOrPresent LocalDate decidedOn,
                                @NotNull @Min(1) @Max(1_000_000) Integer consulted,
                                @NotNull @PositiveOrZero @Max(1_000_000) Integer inFavour,
                                Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return decidedOn;
        }
    }

    record RecordStrikeNotice(@NotNull @PastOrPresent LocalDate noticeSentOn, @NotNull LocalDate plannedStartOn,
                              Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        @AssertTrue(message = "plannedStartOn must not be before noticeSentOn")
        boolean isStartAfterNotice() {
            return noticeSentOn == null || plannedStartOn == null || !plannedStartOn.isBefore(noticeSentOn);
        }

        public LocalDate businessDate() {
            return noticeSentOn;
        }
    }

    record RecordStrikeStarted(@NotNull @PastOrPresent LocalDate startedOn,
                               @NotNull @Min(1) @Max(1_000_000) Integer workersInvolved,
                               Boolean workplaceOnBannedList,
                               Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return startedOn;
        }
    }

    record RecordStrikeEnded(@NotNull @PastOrPresent LocalDate endedOn,
                             Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return endedOn;
        }
    }

    record RecordStrikePostponement(@NotNull @PastOrPresent LocalDate decidedOn, LocalDate postponedUntil,
                                    Boolean cancelled, @NotBlank @Size(max = 300) String decidedBy,
                                    Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return decidedOn;
        }
    }

    record RecordStrikeCourtRuling(@NotNull @PastOrPresent LocalDate ruledOn, @NotNull Boolean lawful,
                                   @NotBlank @Size(max = 300) String court, @NotBlank @Size(max = 4000) String ruling,
                                   Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return ruledOn;
        }
    }

    /** Withdrawal, closure and reopening: each needs a reason. */
    record WithReason(@NotNull @PastOrPresent LocalDate on, @NotBlank @Size(max = 2000) String reason,
                      Long expectedVersion, String legalBasis, List<DocumentRef> documents) implements CaseAction {
        public LocalDate businessDate() {
            return on;
        }
    }

    record ReportWorkStoppage(@NotNull Province province, @NotNull TaxCode employerTaxCode,
                              @NotBlank @Size(max = 300) String employerName,
                              @NotNull @Min(1) @Max(1_000_000) Integer workersInvolved,
                              @NotNull @Size(max = 50) List<@NotBlank @Size(max = 1000) String> demands,
                              @NotNull @PastOrPresent LocalDate startedOn, java.util.UUID relatedDisputeId,
                              String reason, String legalBasis, List<DocumentRef> documents) implements CaseAction {
        public LocalDate businessDate() {
            return startedOn;
        }
    }

    record EndWorkStoppage(@NotNull @PastOrPresent LocalDate endedOn, @Size(max = 4000) String outcome,
                           Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return endedOn;
        }
    }
}
