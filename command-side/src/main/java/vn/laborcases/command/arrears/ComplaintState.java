package vn.laborcases.command.arrears;

import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.arrears.ClaimKind;
import vn.laborcases.api.arrears.Complainant;
import vn.laborcases.api.arrears.ComplaintStatus;
import vn.laborcases.api.arrears.Instalment;
import vn.laborcases.api.arrears.ReferralTarget;
import vn.laborcases.api.arrears.WageRegion;
import vn.laborcases.api.dispute.DisputeId;
import vn.laborcases.api.personaldata.SealedPersonalData;
import vn.laborcases.command.CaseState;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Where a complaint stands after a command: what every command endpoint answers, with the
 * legal deadlines now running and the claim lines with what has been paid on each. The named
 * workers stay sealed here; the web layer discloses them per reader when writing the JSON.
 */
public record ComplaintState(
        UUID id,
        String caseNumber,
        long version,
        ComplaintStatus status,
        Province province,
        TaxCode enterpriseTaxCode,
        String enterpriseName,
        WageRegion region,
        Complainant complainant,
        int workersAffected,
        List<SealedPersonalData> workers,
        DisputeId linkedDispute,
        boolean newDisputeRequested,
        ReferralTarget referredTo,
        List<LegalDeadline> deadlines,
        List<Line> lines,
        LocalDate amountsDeterminedOn,
        List<Instalment> paymentPlan,
        long owed,
        long paid,
        long outstanding) implements CaseState {

    /** A claim line with what has been recorded as paid on it so far. */
    public record Line(int lineNo, ClaimKind kind, YearMonth periodFrom, YearMonth periodTo, long principal,
                       LocalDate dueOn, Long monthlyWagePerWorker, boolean belowMinimumWage, LocalDate evasionFrom,
                       boolean evasion, long paid, long outstanding) {
    }
}
