package vn.laborcases.command.arrears;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.laborcases.api.DocumentRef;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.arrears.ClaimKind;
import vn.laborcases.api.arrears.Complainant;
import vn.laborcases.api.arrears.ReferralScope;
import vn.laborcases.api.arrears.ReferralTarget;
import vn.laborcases.api.arrears.WageRegion;
import vn.laborcases.api.dispute.DisputeId;
import vn.laborcases.api.personaldata.PersonIdentity;
import vn.laborcases.command.web.CaseAction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The bodies of the wage-complaint endpoints: the facts of each step, plus the envelope fields
 * of {@link CaseAction}. Dates of things that already happened cannot lie in the future; a due
 * date or an instalment date may. Amounts are whole VND: they are read as decimals so that a
 * fraction is refused instead of silently truncated.
 */
final class ComplaintRequests {

    private ComplaintRequests() {
    }

    record RegisterComplaint(
            @NotNull Province province,
            @NotNull TaxCode enterpriseTaxCode,
            @NotBlank @Size(max = 300) String enterpriseName,
            @NotNull WageRegion region,
            @NotNull Complainant complainant,
            @NotNull @Min(1) @Max(1_000_000) Integer workersAffected,
            @NotBlank @Size(max = 4000) String summary,
            @NotNull @PastOrPresent LocalDate receivedOn,
            @Size(max = 200) List<@NotNull @Valid NamedWorker> workers,
            String reason, String legalBasis, List<DocumentRef> documents) implements CaseAction {
        public LocalDate businessDate() {
            return receivedOn;
        }

        @AssertTrue(message = "name at most as many workers as are affected (workersAffected)")
        boolean isNamingNoMoreThanAffected() {
            return workers == null || workersAffected == null || workers.size() <= workersAffected;
        }

        List<PersonIdentity> identities() {
            return workers == null ? List.of() : NamedWorker.identities(workers);
        }
    }

    record NameWorkers(@NotNull @PastOrPresent LocalDate namedOn,
                       @NotEmpty @Size(max = 200) List<@NotNull @Valid NamedWorker> workers,
                       Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return namedOn;
        }

        List<PersonIdentity> identities() {
            return NamedWorker.identities(workers);
        }
    }

    /** A worker the complaint names; sealed under the worker's own key before anything is recorded. */
    record NamedWorker(@NotBlank @Size(max = 200) String name,
                       @NotNull @Pattern(regexp = "\\d{12}", message = "a CCCD number is 12 digits") String idNumber,
                       @Pattern(regexp = "\\+?\\d{9,15}", message = "a phone number is 9 to 15 digits, + allowed first")
                       String phone) {
        static List<PersonIdentity> identities(List<NamedWorker> workers) {
            return workers.stream().map(worker -> new PersonIdentity(worker.name.strip(), worker.idNumber,
                    worker.phone)).toList();
        }
    }

    record TreatAsComplaint(@NotNull @PastOrPresent LocalDate triagedOn,
                            Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return triagedOn;
        }
    }

    record TreatAsDispute(@NotNull @PastOrPresent LocalDate triagedOn, DisputeId linkedDispute,
                          Boolean newDisputeRequested,
                          Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        @AssertTrue(message = "link an existing dispute (linkedDispute) or ask for a new one (newDisputeRequested), exactly one")
        boolean isOneWay() {
            return (linkedDispute != null) != Boolean.TRUE.equals(newDisputeRequested);
        }

        public LocalDate businessDate() {
            return triagedOn;
        }
    }

    record Refer(@NotNull @PastOrPresent LocalDate referredOn, @NotNull ReferralTarget target,
                 @NotEmpty @Size(max = 3) List<@NotNull ReferralScope> scope, @NotBlank @Size(max = 4000) String grounds,
                 Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return referredOn;
        }
    }

    record Accept(@NotNull @PastOrPresent LocalDate acceptedOn, Boolean complex, Boolean remoteArea,
                  Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return acceptedOn;
        }
    }

    record Refuse(@NotNull @PastOrPresent LocalDate refusedOn, @NotBlank @Size(max = 4000) String reasons,
                  Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return refusedOn;
        }
    }

    record Decision(@NotNull @PastOrPresent LocalDate decidedOn, @NotBlank @Size(max = 4000) String decision,
                    Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return decidedOn;
        }
    }

    record SecondComplaint(@NotNull @PastOrPresent LocalDate filedOn, @NotNull @PastOrPresent LocalDate acceptedOn,
                           Boolean complex, Boolean remoteArea,
                           Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return acceptedOn;
        }
    }

    record AddClaimLine(@NotNull ClaimKind kind, @NotNull YearMonth periodFrom, @NotNull YearMonth periodTo,
                        @NotNull @Positive @Digits(integer = 15, fraction = 0) BigDecimal principal,
                        @NotNull LocalDate dueOn,
                        @PositiveOrZero @Digits(integer = 12, fraction = 0) BigDecimal monthlyWagePerWorker,
                        @PastOrPresent LocalDate claimedOn,
                        Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        @AssertTrue(message = "periodTo must not be before periodFrom")
        boolean isOrdered() {
            return periodFrom == null || periodTo == null || !periodTo.isBefore(periodFrom);
        }

        /**
         * The day the line was claimed, when the inspector enters it later; otherwise it is
         * dated when it is recorded. Never its due date: that is a fact of the debt, not of
         * the claim.
         */
        public LocalDate businessDate() {
            return claimedOn;
        }
    }

    /** Left-out values are kept as on file; the reason is required, the business time is the corrected record's. */
    record CorrectClaimLine(@Size(max = 64) String corrects,
                            @Null(message = "the kind of a line cannot be corrected; add a line of the right kind")
                            ClaimKind kind,
                            @Null(message = "the due date cannot be corrected: interest and the SI evasion day run"
                                    + " from it; add a line with the right due date")
                            LocalDate dueOn,
                            YearMonth periodFrom, YearMonth periodTo,
                            @Positive @Digits(integer = 15, fraction = 0) BigDecimal principal,
                            @PositiveOrZero @Digits(integer = 12, fraction = 0) BigDecimal monthlyWagePerWorker,
                            @NotBlank @Size(max = 2000) String reason,
                            Long expectedVersion, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return null;
        }
    }

    record NotifyEmployer(@NotNull @PastOrPresent LocalDate notifiedOn, @Size(max = 200) String channel,
                          Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return notifiedOn;
        }
    }

    record DetermineAmounts(@NotNull @PastOrPresent LocalDate determinedOn,
                            Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return determinedOn;
        }
    }

    record RecordDepositRate(@NotBlank @Size(max = 200) String bank,
                             @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "100", inclusive = false) BigDecimal annualPercent,
                             @NotNull LocalDate effectiveFrom,
                             Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return effectiveFrom;
        }
    }

    record InstalmentRequest(@NotNull LocalDate dueOn,
                             @NotNull @Positive @Digits(integer = 15, fraction = 0) BigDecimal amount) {
    }

    record AgreePaymentPlan(@NotNull @PastOrPresent LocalDate agreedOn,
                            @NotEmpty @Size(max = 120) List<@NotNull @Valid InstalmentRequest> instalments,
                            Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return agreedOn;
        }
    }

    record RecordPayment(@NotNull @PastOrPresent LocalDate paidOn,
                         @NotNull @Positive @Digits(integer = 15, fraction = 0) BigDecimal amount,
                         @Size(max = 200) String reference,
                         Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return paidOn;
        }
    }

    record WithReason(@NotNull @PastOrPresent LocalDate on, @NotBlank @Size(max = 2000) String reason,
                      Long expectedVersion, String legalBasis, List<DocumentRef> documents) implements CaseAction {
        public LocalDate businessDate() {
            return on;
        }
    }
}
