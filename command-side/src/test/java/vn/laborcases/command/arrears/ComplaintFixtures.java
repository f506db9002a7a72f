package vn.laborcases.command.arrears;

import org.axonframework.test.aggregate.AggregateTestFixture;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.arrears.*;
import vn.laborcases.command.casenumber.CaseNumbers;
import vn.laborcases.eventstore.personaldata.SubjectKeys;
import vn.laborcases.rules.Deadlines;
import vn.laborcases.rules.Law;
import vn.laborcases.rules.arrears.ArrearsArticles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Test data for the complaint aggregate: 40 workers of a Bình Dương-area garment firm, now in
 * Hồ Chí Minh City (region I), complain on Monday 2 March 2026 (rule set VN-2026.01).
 * Acceptance is due Wed 11 Mar (7 working days); accepted Thu 5 Mar, the first decision is due
 * Sat 4 Apr, so Mon 6 Apr; decided Wed 1 Apr, a second complaint may be filed until Fri 1 May, a
 * holiday, so Mon 4 May.
 */
final class ComplaintFixtures {

    static final Law LAW = Law.vietnam();
    static final String RULES_2026 = "VN-2026.01";

    static final ComplaintId COMPLAINT = new ComplaintId(UUID.fromString("7d0e4b2a-1c3f-4a5b-9e6d-8f7a6b5c4d3e"));
    static final CaseNumber CASE_NUMBER = new CaseNumber("WA-79-2026-000001");
    static final Province PROVINCE = Province.HO_CHI_MINH;
    static final TaxCode ENTERPRISE = TaxCode.of("0314567890");
    static final String ENTERPRISE_NAME = "Công ty TNHH May Thành Công";
    static final String SUMMARY = "Wages for January and February 2026 and SI contributions unpaid";

    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
    static final LocalDate ACCEPTANCE_DUE = LocalDate.of(2026, 3, 11);
    static final LocalDate ACCEPTED = LocalDate.of(2026, 3, 5);
    static final LocalDate FIRST_DECISION_DUE = LocalDate.of(2026, 4, 6);
    static final LocalDate FIRST_DECIDED = LocalDate.of(2026, 4, 1);
    static final LocalDate SECOND_FILING_DUE = LocalDate.of(2026, 5, 4);

    static final LegalDeadline ACCEPTANCE = new LegalDeadline(DeadlineKind.COMPLAINT_ACCEPTANCE, ACCEPTANCE_DUE,
            ArrearsArticles.COMPLAINT_ACCEPTANCE);
    static final LegalDeadline FIRST_DECISION = new LegalDeadline(DeadlineKind.FIRST_COMPLAINT_DECISION,
            FIRST_DECISION_DUE, ArrearsArticles.FIRST_DECISION_PERIOD);
    static final LegalDeadline SECOND_FILING = new LegalDeadline(DeadlineKind.SECOND_COMPLAINT_FILING,
            SECOND_FILING_DUE, ArrearsArticles.SECOND_COMPLAINT_FILING);

    /** February 2026 SI contributions, due 31 Mar 2026 (SI Law Art 34(4)); evasion from 31 May. */
    static final LocalDate SI_DUE = LocalDate.of(2026, 3, 31);
    static final LocalDate SI_EVASION_FROM = LocalDate.of(2026, 5, 31);
    static final LocalDate JANUARY_WAGES_DUE = LocalDate.of(2026, 2, 5);

    private ComplaintFixtures() {
    }

    static AggregateTestFixture<ComplaintCase> complaintFixture() {
        var fixture = new AggregateTestFixture<>(ComplaintCase.class);
        fixture.registerInjectableResource(LAW);
        fixture.registerInjectableResource((CaseNumbers) (type, province, year) -> CaseNumber.of(type, province, year, 1));
        // The fixtures name no workers, so no key is ever made: no database needed.
        fixture.registerInjectableResource(new SubjectKeys(null));
        return fixture;
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Deadlines.ZONE).toInstant();
    }

    static Instant lapseOf(LocalDate dueOn) {
        return startOf(dueOn.plusDays(1));
    }

    // ---- commands

    static RegisterComplaintCommand register() {
        return new RegisterComplaintCommand(COMPLAINT, PROVINCE, ENTERPRISE, ENTERPRISE_NAME, WageRegion.I,
                Complainant.UNION, 40, SUMMARY, RECEIVED, List.of());
    }

    static AddClaimLineCommand wagesLine(long principal, long monthlyWage) {
        return new AddClaimLineCommand(COMPLAINT, null, ClaimKind.WAGES, YearMonth.of(2026, 1), YearMonth.of(2026, 1),
                principal, JANUARY_WAGES_DUE, monthlyWage);
    }

    static AddClaimLineCommand siLine(long principal) {
        return new AddClaimLineCommand(COMPLAINT, null, ClaimKind.SOCIAL_INSURANCE, YearMonth.of(2026, 2),
                YearMonth.of(2026, 2), principal, SI_DUE, null);
    }

    // ---- events

    static ComplaintRegisteredEvent registered() {
        return new ComplaintRegisteredEvent(COMPLAINT, CASE_NUMBER, PROVINCE, ENTERPRISE, ENTERPRISE_NAME,
                WageRegion.I, Complainant.UNION, 40, SUMMARY, RECEIVED, List.of(ACCEPTANCE), RULES_2026);
    }

    static ComplaintTreatedAsComplaintEvent triaged() {
        return new ComplaintTreatedAsComplaintEvent(COMPLAINT, RECEIVED);
    }

    static ComplaintAcceptedEvent accepted() {
        return new ComplaintAcceptedEvent(COMPLAINT, ACCEPTED, false, false, false, FIRST_DECISION, RULES_2026);
    }

    static FirstComplaintDecisionIssuedEvent firstDecided() {
        return new FirstComplaintDecisionIssuedEvent(COMPLAINT, FIRST_DECIDED, "The employer pays within 30 days",
                false, SECOND_FILING, RULES_2026);
    }

    /** January wages of 40 workers at 6,000,000 each: above the region I minimum. */
    static ClaimLineAddedEvent wagesAdded() {
        return new ClaimLineAddedEvent(COMPLAINT, 1, ClaimKind.WAGES, YearMonth.of(2026, 1), YearMonth.of(2026, 1),
                240_000_000L, JANUARY_WAGES_DUE, 6_000_000L, new MinimumWageCheck(6_000_000L, List.of()), null);
    }

    static ClaimLineAddedEvent siAdded() {
        return new ClaimLineAddedEvent(COMPLAINT, 2, ClaimKind.SOCIAL_INSURANCE, YearMonth.of(2026, 2),
                YearMonth.of(2026, 2), 120_000_000L, SI_DUE, null, null, SI_EVASION_FROM);
    }

    static EmployerNotifiedEvent notified() {
        return new EmployerNotifiedEvent(COMPLAINT, LocalDate.of(2026, 3, 9), "Registered letter");
    }

    static AmountsDeterminedEvent determined() {
        return new AmountsDeterminedEvent(COMPLAINT, LocalDate.of(2026, 3, 20), 360_000_000L, 2);
    }

}
