package vn.laborcases.command.dispute;

import vn.laborcases.api.dispute.CorrectDisputeFilingCommand;
import vn.laborcases.api.dispute.DisputeFilingCorrectedEvent;
import vn.laborcases.api.dispute.DisputeFilingFacts;
import vn.laborcases.command.Corrections;
import vn.laborcases.command.LatestRecord;

/**
 * The decision on a correction of a dispute's filing: workers involved, summary and employer
 * name. The dates of the filing are not correctable here; they drive the time bar and the
 * deadlines, so a wrong date takes a reopening of the case.
 */
final class FilingCorrections {

    private static final String FACT = "the dispute's filing";

    private FilingCorrections() {
    }

    static DisputeFilingCorrectedEvent correction(DisputeCaseFile dispute, CorrectDisputeFilingCommand command) {
        Corrections.requireReason(command.reason());
        LatestRecord latest = dispute.filingRecord;
        latest.requireCorrects(command.corrects(), FACT);
        DisputeFilingFacts filing = dispute.filing;
        DisputeFilingFacts corrected = new DisputeFilingFacts(
                Corrections.givenOrKept(command.workersInvolved(), filing.workersInvolved()),
                Corrections.givenOrKept(command.summary(), filing.summary()),
                Corrections.givenOrKept(command.employerName(), filing.employerName()));
        if (corrected.workersInvolved() != null && corrected.workersInvolved() < 1) {
            throw new IllegalArgumentException("At least one worker is involved in a dispute; got "
                    + corrected.workersInvolved());
        }
        if (corrected.employerName() == null || corrected.employerName().isBlank()) {
            throw new IllegalArgumentException("The employer's name cannot be corrected to nothing");
        }
        Corrections.requireChange(filing, corrected, FACT);
        return new DisputeFilingCorrectedEvent(dispute.id, latest.eventId(), filing, corrected);
    }
}
