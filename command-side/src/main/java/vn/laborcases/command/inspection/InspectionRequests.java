package vn.laborcases.command.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.DocumentRef;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.inspection.*;
import vn.laborcases.command.web.CaseAction;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The bodies of the inspection endpoints: the facts of each step, plus the envelope fields of
 * {@link CaseAction}. Dates of things that already happened cannot lie in the future; a
 * remediation's due date can.
 */
final class InspectionRequests {

    private InspectionRequests() {
    }

    record SourceCase(@NotNull CaseType caseType, @NotNull UUID caseId, @NotBlank @Size(max = 40) String caseNumber) {
    }

    record EnterpriseRequest(@NotNull TaxCode taxCode, @NotBlank @Size(max = 300) String name,
                             @NotNull Province province, @NotNull @Min(1) @Max(1_000_000) Integer headcount,
                             @NotNull Ownership ownership, @NotBlank @Size(max = 10) String sector) {
    }

    record StartInspection(@NotNull InspectionTrigger trigger, @Valid SourceCase source,
                           @NotEmpty @Size(max = 3) List<@NotNull InspectionScope> scope,
                           @NotNull @Valid EnterpriseRequest enterprise,
                           @NotNull @PastOrPresent LocalDate openedOn, @Size(max = 4000) String grounds,
                           String reason, String legalBasis, List<DocumentRef> documents) implements CaseAction {
        public LocalDate businessDate() {
            return openedOn;
        }
    }

    record IssueDecision(@NotBlank @Size(max = 100) String decisionNumber, @NotNull @PastOrPresent LocalDate issuedOn,
                         @NotBlank @Size(max = 100) String leadInspector,
                         Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return issuedOn;
        }
    }

    record Announce(@NotNull @PastOrPresent LocalDate announcedOn,
                    Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return announcedOn;
        }
    }

    record Fieldwork(@NotNull @PastOrPresent LocalDate on,
                     Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return on;
        }
    }

    record Extend(@NotNull @PastOrPresent LocalDate extendedOn, @NotNull @Positive Integer workingDays,
                  @NotBlank @Size(max = 2000) String reason,
                  Long expectedVersion, String legalBasis, List<DocumentRef> documents) implements CaseAction {
        public LocalDate businessDate() {
            return extendedOn;
        }
    }

    record Report(@NotNull @PastOrPresent LocalDate on, @NotBlank @Size(max = 4000) String summary,
                  Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return on;
        }
    }

    record Appraisal(@NotNull @PastOrPresent LocalDate appraisedOn, @NotBlank @Size(max = 200) String appraiser,
                     @NotBlank @Size(max = 4000) String opinion,
                     Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return appraisedOn;
        }
    }

    record Conclusion(@NotBlank @Size(max = 100) String conclusionNumber, @NotNull @PastOrPresent LocalDate concludedOn,
                      @NotBlank @Size(max = 4000) String summary,
                      Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return concludedOn;
        }
    }

    /** Left-out values are kept as on file; the reason is required, the business time is the corrected record's. */
    record CorrectFinding(@Size(max = 64) String corrects,
                          @Null(message = "the category cannot be corrected: it decides whether later findings repeat"
                                  + " this one; record the finding with the right category instead")
                          ViolationCategory category,
                          @Size(min = 1, max = 4000) String description,
                          @PositiveOrZero @Max(10_000_000) Integer workersAffected,
                          @PositiveOrZero Long amountOwed,
                          @NotBlank @Size(max = 2000) String reason,
                          Long expectedVersion, String legalBasis, List<DocumentRef> documents) implements CaseAction {
        public LocalDate businessDate() {
            return null;
        }
    }

    record RecordFinding(@NotNull ViolationCategory category, @NotBlank @Size(max = 500) String legalBasis,
                         @NotBlank @Size(max = 4000) String description,
                         @NotNull @PositiveOrZero @Max(10_000_000) Integer workersAffected,
                         @NotNull @PositiveOrZero Long amountOwed, @NotNull @PastOrPresent LocalDate foundOn,
                         Long expectedVersion, String reason, List<DocumentRef> documents) implements CaseAction {
        public LocalDate businessDate() {
            return foundOn;
        }
    }

    record ImposeSanction(@NotNull UUID findingId, @NotNull Offender offender, @NotNull @Positive Long amount,
                          @NotBlank @Size(max = 100) String decisionNumber, @NotNull @PastOrPresent LocalDate imposedOn,
                          Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return imposedOn;
        }
    }

    record AmendSanction(@NotNull SanctionChange change, @NotNull @Positive Long newAmount,
                         @NotNull @PastOrPresent LocalDate amendedOn, @NotBlank @Size(max = 2000) String reason,
                         Long expectedVersion, String legalBasis, List<DocumentRef> documents) implements CaseAction {
        public LocalDate businessDate() {
            return amendedOn;
        }
    }

    record FinePayment(@NotNull @Positive Long amount, @NotNull @PastOrPresent LocalDate paidOn,
                       Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return paidOn;
        }
    }

    record OrderRemediation(@NotNull UUID findingId, @NotBlank @Size(max = 2000) String action,
                            @NotNull @PastOrPresent LocalDate orderedOn, @NotNull LocalDate dueOn,
                            Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        @AssertTrue(message = "dueOn must be after orderedOn")
        boolean isDueAfterOrder() {
            return orderedOn == null || dueOn == null || dueOn.isAfter(orderedOn);
        }

        public LocalDate businessDate() {
            return orderedOn;
        }
    }

    record Verification(@NotNull @PastOrPresent LocalDate verifiedOn, @Size(max = 2000) String note,
                        Long expectedVersion, String reason, String legalBasis, List<DocumentRef> documents)
            implements CaseAction {
        public LocalDate businessDate() {
            return verifiedOn;
        }
    }

    record Waiver(@NotNull @PastOrPresent LocalDate waivedOn, @NotBlank @Size(max = 2000) String reason,
                  @NotBlank @Size(max = 200) String approvedBy,
                  Long expectedVersion, String legalBasis, List<DocumentRef> documents) implements CaseAction {
        public LocalDate businessDate() {
            return waivedOn;
        }
    }

    /** Closing and reopening: a day and a reason. */
    record Dated(@NotNull @PastOrPresent LocalDate on, @NotBlank @Size(max = 2000) String reason,
                 Long expectedVersion, String legalBasis, List<DocumentRef> documents) implements CaseAction {
        public LocalDate businessDate() {
            return on;
        }
    }
}
